import multiprocessing as mp


def record(worker_id: int, shared, log, lock) -> None:
    for _ in range(50):
        with lock:
            shared["count"] += 1  # (1)!
    log.append(worker_id)
    with lock:
        shared["nested"]["hits"] += 1  # (2)!
        settings = shared["settings"]
        settings["hits"] += 1
        shared["settings"] = settings  # (3)!


def main() -> None:
    with mp.Manager() as manager:  # (4)!
        shared = manager.dict(count=0, nested={"hits": 0}, settings={"hits": 0})
        log, lock = manager.list(), manager.Lock()
        workers = [mp.Process(target=record, args=(i, shared, log, lock)) for i in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=20)
        print("proxy types:", type(shared).__name__, type(log).__name__)
        print("count:", shared["count"], "| log:", sorted(log))
        print("nested dict changed in place:", shared["nested"])
        print("nested dict copied and reassigned:", shared["settings"])


if __name__ == "__main__":
    main()

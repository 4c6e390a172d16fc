import threading
import time

ran: list[str] = []


def event_example() -> None:
    ran.append("event_example")
    done = threading.Event()
    t = threading.Thread(target=done.set)
    t.start()
    print("event example: set by another thread:", done.wait(timeout=5))
    t.join(timeout=5)


def semaphore_example() -> None:
    ran.append("semaphore_example")
    limit, stats_lock, holders = threading.Semaphore(3), threading.Lock(), [0, 0]  # [now, peak]

    def worker() -> None:
        with limit:
            with stats_lock:
                holders[0] += 1
                holders[1] = max(holders)  # (1)!
            time.sleep(0.1)
            with stats_lock:
                holders[0] -= 1

    threads = [threading.Thread(target=worker) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)  # (2)!
    print("semaphore example: peak holders:", holders[1], "| at most 3:", holders[1] <= 3)  # (3)!


def main() -> None:
    event_example()
    semaphore_example()  # (4)!
    defined = sorted(name for name in globals() if name.endswith("_example"))
    print("examples never run:", [name for name in defined if name not in ran])


if __name__ == "__main__":
    main()

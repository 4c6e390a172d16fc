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


def semaphore_example() -> None:  # pragma: no cover -- never called: that is the mistake shown
    ran.append("semaphore_example")
    limit = threading.Semaphore(3)

    def worker(n: int) -> None:
        with limit:
            print(f"worker {n} starts")  # (1)!
            time.sleep(0.1)

    for t in [threading.Thread(target=worker, args=(n,)) for n in range(10)]:
        t.start()


def main() -> None:
    event_example()  # (2)!
    defined = sorted(name for name in globals() if name.endswith("_example"))
    print("examples never run:", [name for name in defined if name not in ran])  # (3)!


if __name__ == "__main__":
    main()

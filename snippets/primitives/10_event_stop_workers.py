import threading
import time

stop = threading.Event()
rounds = [0, 0, 0]  # units of work done by each worker


def worker(n: int) -> None:
    while not stop.is_set():  # (1)!
        rounds[n] += 1  # one unit of work
        stop.wait(0.5)  # (2)!


def main() -> None:
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.2)
    asked_at = time.perf_counter()
    stop.set()  # (3)!
    for t in threads:
        t.join(timeout=5)
    stopped_in = time.perf_counter() - asked_at
    print("every worker did some work:", all(r > 0 for r in rounds))
    print("workers still running:", sum(t.is_alive() for t in threads))
    print("all stopped within 0.1 s of stop.set():", stopped_in < 0.1)


if __name__ == "__main__":
    main()

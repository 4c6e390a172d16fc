import queue
import threading
import time


def worker(jobs: queue.Queue[int], results: list[int]) -> None:
    while True:
        n = jobs.get()  # (1)!
        time.sleep(0.01)  # stands in for real work
        results.append(n * n)
        jobs.task_done()  # (2)!


def join_with_timeout(q: queue.Queue, timeout: float) -> bool:  # (3)!
    """Queue.join() has no timeout parameter: wait for it in a helper thread."""
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main() -> None:
    jobs: queue.Queue[int] = queue.Queue(maxsize=10)
    results: list[int] = []
    for _ in range(3):
        threading.Thread(target=worker, args=(jobs, results), daemon=True).start()  # (4)!
    for n in range(1, 21):
        jobs.put(n)  # blocks while 10 jobs are already waiting
    print("join() returned, all 20 jobs done:", join_with_timeout(jobs, timeout=10))
    print("results:", sorted(results))


if __name__ == "__main__":
    main()

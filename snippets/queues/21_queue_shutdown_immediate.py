# requires: 3.13
import queue
import threading


def producer(q: queue.Queue[int], outcome: list[str]) -> None:
    try:
        for item in range(10):
            q.put(item)  # blocks once the queue is full
    except queue.ShutDown:
        outcome.append("ShutDown")


def join_with_timeout(q: queue.Queue, timeout: float) -> bool:
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main() -> None:
    q: queue.Queue[int] = queue.Queue(maxsize=3)
    outcome: list[str] = []
    prod = threading.Thread(target=producer, args=(q, outcome))
    prod.start()
    q.get(timeout=5)  # (1)!
    q.shutdown(immediate=True)  # (2)!
    prod.join(timeout=5)
    print("producer's put() raised ShutDown:", outcome == ["ShutDown"])
    print("items left in the queue:", q.qsize())
    try:
        q.get(timeout=5)
    except queue.ShutDown:
        print("get() raised ShutDown at once")
    print("join() returned while an item was in progress:", join_with_timeout(q, 0.5))
    q.task_done()  # (3)!
    print("join() returned after its task_done():", join_with_timeout(q, 5))


if __name__ == "__main__":
    main()

import queue
import threading
import time

STOP = object()  # (1)!


def producer(q: queue.Queue) -> None:
    for item in range(8):
        if item == 3:
            time.sleep(0.7)  # the same stall as before
        q.put(item)


def consumer(q: queue.Queue, handled: list[int]) -> None:
    while (item := q.get()) is not STOP:  # (2)!
        handled.append(item)
        q.task_done()
    q.task_done()  # the sentinel was an item too


def join_with_timeout(q: queue.Queue, timeout: float) -> bool:
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main() -> None:
    q: queue.Queue = queue.Queue(maxsize=3)
    handled: list[int] = []
    prod = threading.Thread(target=producer, args=(q,))
    consumers = [threading.Thread(target=consumer, args=(q, handled)) for _ in range(2)]
    for t in [prod, *consumers]:
        t.start()
    prod.join(timeout=5)  # (3)!
    for _ in consumers:
        q.put(STOP)  # (4)!
    for t in consumers:
        t.join(timeout=5)
    print("items handled:", sorted(handled))
    print("every consumer exited:", not any(t.is_alive() for t in consumers))
    print("items left in the queue:", q.qsize())
    print("join() returned:", join_with_timeout(q, timeout=5))


if __name__ == "__main__":
    main()

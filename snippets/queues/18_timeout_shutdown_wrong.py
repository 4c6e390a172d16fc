import queue
import threading
import time


def producer(q: queue.Queue[int]) -> None:
    for item in range(8):
        if item == 3:
            time.sleep(0.7)  # (1)!
        q.put(item)  # (2)!


def consumer(q: queue.Queue[int], handled: list[int]) -> None:
    while True:
        try:
            item = q.get(timeout=0.2)
        except queue.Empty:  # (3)!
            return
        handled.append(item)
        q.task_done()


def join_with_timeout(q: queue.Queue, timeout: float) -> bool:
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main() -> None:
    q: queue.Queue[int] = queue.Queue(maxsize=3)
    handled: list[int] = []
    prod = threading.Thread(target=producer, args=(q,), daemon=True)
    consumers = [threading.Thread(target=consumer, args=(q, handled)) for _ in range(2)]
    for t in [prod, *consumers]:
        t.start()
    for t in consumers:
        t.join(timeout=5)
    prod.join(timeout=1)
    print("items handled:", sorted(handled))
    print("consumers gave up:", not any(t.is_alive() for t in consumers))
    print("producer stuck in put():", prod.is_alive())
    print("items left in the queue:", q.qsize())
    print("join() returned within 1 s:", join_with_timeout(q, timeout=1))  # (4)!


if __name__ == "__main__":
    main()

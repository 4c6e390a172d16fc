# requires: 3.13
import queue
import threading
import time


def producer(q: queue.Queue[int]) -> None:
    for item in range(8):
        if item == 3:
            time.sleep(0.7)  # the same stall as before
        q.put(item)


def consumer(q: queue.Queue[int], handled: list[int]) -> None:
    while True:
        try:
            item = q.get()  # (1)!
        except queue.ShutDown:
            return
        handled.append(item)
        q.task_done()


def main() -> None:
    q: queue.Queue[int] = queue.Queue(maxsize=3)
    handled: list[int] = []
    prod = threading.Thread(target=producer, args=(q,))
    consumers = [threading.Thread(target=consumer, args=(q, handled)) for _ in range(2)]
    for t in [prod, *consumers]:
        t.start()
    prod.join(timeout=5)
    q.shutdown()  # (2)!
    for t in consumers:
        t.join(timeout=5)
    print("items handled:", sorted(handled))
    print("every consumer exited:", not any(t.is_alive() for t in consumers))
    try:
        q.put(99)
    except queue.ShutDown:
        print("put() after shutdown(): queue.ShutDown")  # (3)!


if __name__ == "__main__":
    main()

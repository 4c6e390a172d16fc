import queue
import threading
import time


def slow_source(q: queue.Queue[int]) -> None:
    for item in range(1, 4):
        time.sleep(0.2)  # the next item is still on its way
        q.put(item)


def main() -> None:
    q: queue.Queue[int] = queue.Queue()
    q.put(0)
    producer = threading.Thread(target=slow_source, args=(q,))
    producer.start()
    handled = []
    while not q.empty():  # (1)!
        handled.append(q.get())
    producer.join(timeout=5)
    print("handled before the loop ended:", handled)
    print("items that arrived afterwards:", q.qsize())


if __name__ == "__main__":
    main()

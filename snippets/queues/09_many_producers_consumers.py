import queue
import threading
import time

STOP = None  # end marker; safe because no real item is None


def producer(q: queue.Queue, name: str, count: int) -> None:
    for i in range(count):
        time.sleep(0.005)  # the data arrives at its own pace
        q.put(f"{name}-{i}")


def consumer(q: queue.Queue, handled: list[str]) -> None:
    while (item := q.get()) is not STOP:
        time.sleep(0.01)  # stands in for real work
        handled.append(item.upper())


def main() -> None:
    q: queue.Queue = queue.Queue(maxsize=5)
    handled: list[str] = []  # (1)!
    producers = [threading.Thread(target=producer, args=(q, f"p{n}", 4)) for n in range(3)]
    consumers = [threading.Thread(target=consumer, args=(q, handled)) for _ in range(2)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join(timeout=5)
    for _ in consumers:  # (2)!
        q.put(STOP)
    for t in consumers:
        t.join(timeout=5)
    print("handled:", sorted(handled))  # (3)!
    print("12 items, each handled once:", len(handled) == len(set(handled)) == 12)


if __name__ == "__main__":
    main()

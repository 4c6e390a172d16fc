import queue
import threading
import time

ITEMS, WORK = 20, 0.01  # the consumer needs 10 ms per item


def consume(q: queue.Queue[int]) -> None:
    for _ in range(ITEMS):
        q.get(timeout=5)
        time.sleep(WORK)


def run(maxsize: int) -> tuple[int, float, float]:
    q: queue.Queue[int] = queue.Queue(maxsize=maxsize)
    consumer = threading.Thread(target=consume, args=(q,))
    start = time.perf_counter()
    consumer.start()
    peak = 0
    for i in range(ITEMS):  # the producer: as fast as it can
        q.put(i, timeout=5)  # (1)!
        peak = max(peak, q.qsize())
    produced = time.perf_counter() - start
    consumer.join(timeout=10)
    return peak, produced, time.perf_counter() - start


def main() -> None:
    peak, produced, consumed = run(maxsize=3)
    print("maxsize=3: queue never held more than 3 items:", peak <= 3)
    print("maxsize=3: producer slowed to the consumer's pace:", produced > 0.5 * consumed)  # (2)!
    peak, produced, consumed = run(maxsize=0)  # (3)!
    print("unbounded: queue held more than 3 items:", peak > 3)
    print("unbounded: producer finished long before the consumer:", produced < 0.3 * consumed)


if __name__ == "__main__":
    main()

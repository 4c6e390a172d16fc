import queue
import threading
import time

STOP = None  # end marker: one per consumer


def produce(q: queue.Queue, count: int, consumers: int, peak: list[int]) -> None:
    for item in range(count):
        q.put(item)  # (1)!
        peak[0] = max(peak[0], q.qsize())
    for _ in range(consumers):
        q.put(STOP)  # (2)!


def consume(q: queue.Queue, consumed: list[int]) -> None:
    while (item := q.get()) is not STOP:  # (3)!
        time.sleep(0.01)  # stands in for real work
        consumed.append(item)


def run(consumers: int) -> None:
    q: queue.Queue = queue.Queue(maxsize=3)
    consumed: list[int] = []
    peak = [0]
    workers = [threading.Thread(target=consume, args=(q, consumed)) for _ in range(consumers)]
    producer = threading.Thread(target=produce, args=(q, 10, consumers, peak))
    for t in [producer, *workers]:
        t.start()
    for t in [producer, *workers]:
        t.join(timeout=5)
    blocked = any(t.is_alive() for t in workers)
    print(f"consumers={consumers}: consumed {len(consumed)}, queue held more than 1 item: {peak[0] > 1},",
          f"consumer still blocked: {blocked}")


def main() -> None:
    for consumers in (1, 2, 3):
        run(consumers)


if __name__ == "__main__":
    main()

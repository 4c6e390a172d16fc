import queue
import threading

THREADS, PER_THREAD = 4, 2_000


def produce(q, first: int) -> None:
    for n in range(first, first + PER_THREAD):
        q.put(n)


def consume(q, out: list[int]) -> None:
    for _ in range(PER_THREAD):  # (1)!
        out.append(q.get(timeout=5))


def main() -> None:
    for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
        q = cls()
        got: list[list[int]] = [[] for _ in range(THREADS)]
        threads = [threading.Thread(target=produce, args=(q, i * PER_THREAD)) for i in range(THREADS)]
        threads += [threading.Thread(target=consume, args=(q, got[i])) for i in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
        exactly_once = sorted(n for out in got for n in out) == list(range(THREADS * PER_THREAD))  # (2)!
        print(f"{cls.__name__:<13} 8 threads, every item exactly once:", exactly_once)


if __name__ == "__main__":
    main()

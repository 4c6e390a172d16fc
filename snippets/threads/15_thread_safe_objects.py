import queue
import threading

N_THREADS = 4
ITEMS = 10_000  # per thread


def produce(start: int, shared: list[int], q: queue.Queue[int]) -> None:
    for i in range(start, start + ITEMS):
        shared.append(i)  # (1)!
        q.put(i)  # (2)!


def main() -> None:
    shared: list[int] = []
    q: queue.Queue[int] = queue.Queue()
    threads = [
        threading.Thread(target=produce, args=(n * ITEMS, shared, q)) for n in range(N_THREADS)
    ]
    for t in threads:
        t.start()
    received = [q.get(timeout=5) for _ in range(N_THREADS * ITEMS)]  # (3)!
    for t in threads:
        t.join(timeout=5)
    expected = list(range(N_THREADS * ITEMS))
    print("list.append kept every item:", sorted(shared) == expected)
    print("the queue delivered every item exactly once:", sorted(received) == expected)
    print("nothing left in the queue:", q.empty())


if __name__ == "__main__":
    main()

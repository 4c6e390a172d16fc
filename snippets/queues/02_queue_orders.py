import queue


def main() -> None:
    for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
        q = cls()
        for item in (3, 1, 2):
            q.put(item)
        got = [q.get() for _ in range(3)]
        print(f"{cls.__name__:<13} put 3, 1, 2 -> get {got}")  # (1)!

    simple = queue.SimpleQueue()  # (2)!
    for method in ("task_done", "join", "full"):
        print(f"SimpleQueue has {method}():", hasattr(simple, method))


if __name__ == "__main__":
    main()

import queue


def main() -> None:
    jobs: queue.PriorityQueue = queue.PriorityQueue()
    jobs.put((2, {"task": "resize"}))
    jobs.put((1, {"task": "email"}))
    try:
        jobs.put((1, {"task": "backup"}))  # (1)!
    except TypeError as exc:
        print("put failed:", exc)
    print("successful puts: 2, qsize():", jobs.qsize())  # (2)!


if __name__ == "__main__":
    main()

import queue
import time


def main() -> None:
    q: queue.Queue[str] = queue.Queue(maxsize=2)
    q.put("a")
    q.put("b")
    print("full():", q.full(), "qsize():", q.qsize())
    try:
        q.put_nowait("c")  # (1)!
    except queue.Full:
        print("put_nowait() on a full queue: queue.Full")
    start = time.perf_counter()
    try:
        q.put("c", timeout=0.2)  # (2)!
    except queue.Full:
        print("put(timeout=0.2) waited, then queue.Full:", time.perf_counter() - start >= 0.15)

    print("get():", q.get(), q.get())
    try:
        q.get_nowait()  # same as get(block=False)
    except queue.Empty:
        print("get_nowait() on an empty queue: queue.Empty")
    start = time.perf_counter()
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print("get(timeout=0.2) waited, then queue.Empty:", time.perf_counter() - start >= 0.15)


if __name__ == "__main__":
    main()

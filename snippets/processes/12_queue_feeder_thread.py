import multiprocessing as mp
import queue
import threading


def main() -> None:
    q = mp.Queue()
    print("threads before the first put():", threading.active_count())
    q.put("hello")  # (1)!
    print("threads after it:", threading.active_count())
    print("get():", q.get(timeout=10))

    item = bytes(1_000_000)
    said_empty = False
    for _ in range(1000):  # (2)!
        q.put(item)
        said_empty = q.empty()
        q.get(timeout=10)
        if said_empty:
            break
    print("empty() returned True right after a put():", said_empty)

    try:
        q.get(timeout=0.1)  # (3)!
    except queue.Empty:
        print("get(timeout=0.1) on an empty queue: queue.Empty")
    q.close()  # (4)!
    q.join_thread()
    print("threads after close() and join_thread():", threading.active_count())


if __name__ == "__main__":
    main()

import multiprocessing as mp
import threading
import time


def produce(q) -> None:
    for word in ("alpha", "beta", "gamma"):
        q.put(word)  # (1)!


def get_within(q, seconds: float) -> object:  # (2)!
    deadline = time.monotonic() + seconds
    while q.empty():
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing arrived within {seconds} s")
        time.sleep(0.01)
    return q.get()


def main() -> None:
    q = mp.SimpleQueue()
    child = mp.Process(target=produce, args=(q,))
    child.start()
    print("received:", [get_within(q, 10) for _ in range(3)])
    child.join(timeout=10)
    try:
        get_within(q, 0.1)
    except TimeoutError as exc:
        print("TimeoutError:", exc)
    q.put("local")
    print("threads after a put() in this process:", threading.active_count())  # (3)!
    q.close()  # (4)!


if __name__ == "__main__":
    main()

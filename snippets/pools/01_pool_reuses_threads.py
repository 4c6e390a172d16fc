import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running = 0
peak = 0
workers: set[str] = set()


def handle(request: int) -> int:
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)  # (1)!
        workers.add(threading.current_thread().name)
    time.sleep(0.02)  # stands in for a short network wait
    with lock:
        running -= 1
    return request * 10


def main() -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:  # (2)!
        results = list(pool.map(handle, range(12)))
    print("results:", results)
    print("12 tasks ran on at most 3 threads:", len(workers) <= 3)  # (3)!
    print("never more than 3 tasks at once:", peak <= 3)


if __name__ == "__main__":
    main()

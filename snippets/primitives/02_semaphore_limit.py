import threading
import time

LIMIT, WORKERS, HOLD = 3, 10, 0.15
slots = threading.Semaphore(LIMIT)  # (1)!
stats_lock = threading.Lock()
active = peak = 0


def worker() -> None:
    global active, peak
    with slots:  # (2)!
        with stats_lock:
            active += 1
            peak = max(peak, active)
        time.sleep(HOLD)  # the limited work, e.g. a call to a rate-limited service
        with stats_lock:
            active -= 1


def main() -> None:
    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    elapsed = time.perf_counter() - start
    print("threads started:", WORKERS)
    print("peak concurrent holders:", peak)  # (3)!
    print("needed at least 4 rounds of work:", elapsed >= 4 * HOLD * 0.9)  # (4)!


if __name__ == "__main__":
    main()

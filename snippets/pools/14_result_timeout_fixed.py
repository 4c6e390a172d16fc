import concurrent.futures
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def slow_report(stop: threading.Event) -> str:
    steps = 0
    while steps < 40 and not stop.is_set():  # (1)!
        time.sleep(0.02)
        steps += 1
    return "report ready" if steps == 40 else "stopped early"


def main() -> None:
    stop = threading.Event()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=1) as pool:
        report = pool.submit(slow_report, stop)
        queued = [pool.submit(slow_report, stop) for _ in range(3)]  # (2)!
        try:
            print("result:", report.result(timeout=0.2))
        except TimeoutError:  # (3)!
            print("slow_report did not finish within 0.2 s; asking it to stop")
            stop.set()  # (4)!
            pool.shutdown(cancel_futures=True)  # (5)!
    elapsed = time.perf_counter() - start
    print("running task:", report.result())
    print("queued tasks cancelled:", [f.cancelled() for f in queued])
    print("done well before the full 0.8 s (< 0.6 s):", elapsed < 0.6)
    print("concurrent.futures.TimeoutError is TimeoutError:", concurrent.futures.TimeoutError is TimeoutError)


if __name__ == "__main__":
    main()

import time
from concurrent.futures import ThreadPoolExecutor


def slow_report() -> str:
    time.sleep(0.8)
    return "report ready"


def main() -> None:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        future = pool.submit(slow_report)
        try:
            print("result:", future.result(timeout=0.2))  # (1)!
        except Exception as exc:  # (2)!
            print("timed out or failed, message:", repr(str(exc)))
            print("exception type:", type(exc).__name__)
            print("task still running after the timeout:", future.running())  # (3)!
            print("cancel() on the running task returned:", future.cancel())
    elapsed = time.perf_counter() - start
    print("with-block waited for the task anyway (>= 0.75 s):", elapsed >= 0.75)  # (4)!
    print("the task finished regardless:", future.result())


if __name__ == "__main__":
    main()

import threading
import time
from concurrent.futures import ThreadPoolExecutor


def fetch_price(item: str) -> tuple[str, int, bool]:
    time.sleep(0.05)  # stands in for a network call
    in_worker = threading.get_ident() != threading.main_thread().ident  # (1)!
    return item, len(item) * 3, in_worker


def main() -> None:
    pool = ThreadPoolExecutor(max_workers=2)  # (2)!
    future = pool.submit(fetch_price, "apple")  # (3)!
    print("submit returned a", type(future).__name__)
    print("result:", future.result(timeout=5))  # (4)!
    pool.shutdown(wait=True)  # (5)!

    with ThreadPoolExecutor(max_workers=2) as pool:  # (6)!
        futures = [pool.submit(fetch_price, item) for item in ["fig", "kiwi", "mango"]]
        print("results:", [f.result(timeout=5) for f in futures])


if __name__ == "__main__":
    main()

import time
from concurrent.futures import ThreadPoolExecutor


def wait_for_reply(n: int) -> int:
    time.sleep(0.1)  # stands in for a 0.1 s network round trip
    return n


def run_with(workers: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(wait_for_reply, range(20), timeout=10))
    assert results == list(range(20))
    return time.perf_counter() - start


def main() -> None:
    t4 = run_with(4)  # (1)!
    t20 = run_with(20)  # (2)!
    print("4 workers needed 5 rounds of waits (>= 0.45 s):", t4 >= 0.45)
    print("20 workers at least 2.5x faster than 4:", t20 * 2.5 <= t4)


if __name__ == "__main__":
    main()

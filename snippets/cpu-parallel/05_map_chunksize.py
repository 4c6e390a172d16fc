import time
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:  # (1)!
    return n * n


def timed_map(pool: ProcessPoolExecutor, items: range, chunksize: int) -> tuple[float, int]:
    start = time.perf_counter()
    total = sum(pool.map(square, items, chunksize=chunksize, timeout=30))
    return time.perf_counter() - start, total


def main() -> None:
    items = range(3_000)
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(square, range(4), timeout=30))  # (2)!
        t_one, total_one = timed_map(pool, items, chunksize=1)  # (3)!
        t_big, total_big = timed_map(pool, items, chunksize=500)  # (4)!
    print("same total either way:", total_one == total_big == sum(n * n for n in items))
    print("chunksize=500 at least 5x faster than chunksize=1:", t_big * 5 < t_one)


if __name__ == "__main__":
    main()

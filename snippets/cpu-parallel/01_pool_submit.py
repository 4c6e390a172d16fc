import os
from concurrent.futures import ProcessPoolExecutor


def sum_of_squares(n: int) -> tuple[int, int]:  # (1)!
    total = 0
    for i in range(n):
        total += i * i
    return total, os.getpid()


def main() -> None:
    sizes = [100_000, 200_000, 300_000, 400_000]
    with ProcessPoolExecutor(max_workers=2) as pool:  # (2)!
        futures = [pool.submit(sum_of_squares, n) for n in sizes]
        results = [future.result(timeout=30) for future in futures]  # (3)!
    for n, (total, _) in zip(sizes, results, strict=True):
        assert total == (n - 1) * n * (2 * n - 1) // 6  # (4)!
        print(f"sum of squares below {n:,}: {total:,}")
    worker_pids = {pid for _, pid in results}
    print("computed outside the main process:", os.getpid() not in worker_pids)
    print("at most 2 worker processes:", len(worker_pids) <= 2)


if __name__ == "__main__":
    main()

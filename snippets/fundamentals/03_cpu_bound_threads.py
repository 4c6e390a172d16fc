import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

N = 1_200_000  # about 0.1 s of pure-Python work per call on our machine
ROUNDS = 5


def count(n: int) -> int:
    total = 0
    for i in range(n):  # (1)!
        total += i
    return total


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def main() -> None:
    t_seq, t_threads = [], []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in range(ROUNDS):
            t_seq.append(timed(lambda: [count(N), count(N)]))
            t_threads.append(timed(lambda: list(pool.map(count, [N, N]))))  # (2)!
    speedup = min(t_seq) / min(t_threads)
    print("2 threads at least 1.5x faster than sequential:", speedup >= 1.5)  # (3)!


if __name__ == "__main__":
    main()

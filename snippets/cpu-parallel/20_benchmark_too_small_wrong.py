import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

N, TASKS, ROUNDS = 10_000, 10, 3  # (1)!


def cpu_task(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def in_pool(pool_class: type[Executor]) -> None:
    with pool_class(max_workers=4) as pool:  # (2)!
        list(pool.map(cpu_task, [N] * TASKS, timeout=30))


def main() -> None:
    seq, threads, procs = [], [], []
    for _ in range(ROUNDS):
        seq.append(timed(lambda: [cpu_task(N) for _ in range(TASKS)]))
        procs.append(timed(lambda: in_pool(ProcessPoolExecutor)))
        threads.append(timed(lambda: in_pool(ThreadPoolExecutor)))
    t_seq, t_threads, t_procs = min(seq), min(threads), min(procs)
    print("threads at least 1.5x faster than sequential:", t_threads * 1.5 < t_seq)
    print("processes at least 1.25x faster than sequential:", t_procs * 1.25 < t_seq)  # (3)!


if __name__ == "__main__":
    main()

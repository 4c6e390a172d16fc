import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N, ROUNDS = 400_000, 20  # (1)!


def cpu_task(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def io_task(seconds: float) -> None:
    time.sleep(seconds)  # (2)!


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def main() -> None:
    seq, thr, proc = [], [], []
    with ProcessPoolExecutor(max_workers=2) as processes, ThreadPoolExecutor(max_workers=2) as threads:
        for _ in range(ROUNDS):  # (3)!
            proc.append(timed(lambda: list(processes.map(cpu_task, [N, N], timeout=30))))
            seq.append(timed(lambda: [cpu_task(N) for _ in range(2)]))
            thr.append(timed(lambda: list(threads.map(cpu_task, [N, N], timeout=30))))
    io_seq = timed(lambda: [io_task(0.025) for _ in range(8)])
    with ThreadPoolExecutor(max_workers=8) as io_threads:
        io_thr = timed(lambda: list(io_threads.map(io_task, [0.025] * 8, timeout=30)))
    print("CPU cores >= 2:", (os.cpu_count() or 1) >= 2)
    print("CPU-bound, threads at least 1.5x faster:", min(thr) * 1.5 < min(seq))  # (4)!
    print("CPU-bound, processes at least 1.25x faster:", min(proc) * 1.25 < min(seq))
    print("I/O-bound, threads at least 1.5x faster:", io_thr * 1.5 < io_seq)  # (5)!


if __name__ == "__main__":
    main()

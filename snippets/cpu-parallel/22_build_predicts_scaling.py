import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

N, ROUNDS = 300_000, 5


def cpu_task(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def main() -> None:
    gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()  # (1)!
    predicted = not gil_enabled and (os.cpu_count() or 1) >= 2  # (2)!
    best = 0.0
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in range(ROUNDS):
            wall, cpu = time.perf_counter(), time.process_time()
            list(pool.map(cpu_task, [N, N], timeout=30))
            parallelism = (time.process_time() - cpu) / (time.perf_counter() - wall)  # (3)!
            best = max(best, parallelism)
    observed = best >= 1.5  # (4)!
    print("threads ran in parallel as this build predicts:", observed == predicted)  # (5)!


if __name__ == "__main__":
    main()

# requires: 3.14
import time
from collections.abc import Callable
from concurrent.futures import InterpreterPoolExecutor

N, ROUNDS = 1_500_000, 20  # 20: a shared VM can lose a core for several rounds in a row
setting = "as imported"


def cpu_task(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def read_setting(_: int) -> str:
    return setting


def timed(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def main() -> None:
    global setting
    setting = "changed at run time"  # (1)!
    seq, par = [], []
    with InterpreterPoolExecutor(max_workers=2) as pool:  # (2)!
        for _ in range(ROUNDS):
            seq.append(timed(lambda: [cpu_task(N) for _ in range(2)]))
            par.append(timed(lambda: list(pool.map(cpu_task, [N, N], timeout=30))))  # (3)!
        seen = set(pool.map(read_setting, range(4), timeout=30))
    print("2 interpreters at least 1.25x faster than sequential:", min(par) < 0.8 * min(seq))
    print("workers see:", sorted(seen))  # (4)!


if __name__ == "__main__":
    main()

# browser: runnable
import asyncio
import time
from collections.abc import Callable


def burn(n: int) -> int:
    return sum(i * i for i in range(n))


async def cruncher() -> None:
    for _ in range(10):
        burn(20_000)  # (1)!
        await asyncio.sleep(0)


async def gather_all(waits: list[float], cpu_jobs: int) -> None:
    await asyncio.gather(*(asyncio.sleep(s) for s in waits), *(cruncher() for _ in range(cpu_jobs)))


def best_of_3(action: Callable[[], object]) -> float:  # (2)!
    times = []
    for _ in range(3):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def speedup(waits: list[float], cpu_jobs: int = 0) -> float:
    t_async = best_of_3(lambda: asyncio.run(gather_all(waits, cpu_jobs), debug=False))  # (3)!
    t_sync = sum(waits) or best_of_3(lambda: [burn(20_000) for _ in range(10 * cpu_jobs)])  # (4)!
    return t_sync / t_async


def main() -> None:
    cases = {"5 waits of 0.1 s": speedup([0.1] * 5),  # (5)!
             "50 waits of 0.1 s": speedup([0.1] * 50),  # (6)!
             "4 CPU-bound jobs": speedup([], cpu_jobs=4)}  # (7)!
    for name, ratio in cases.items():
        band = "inside" if 2 <= ratio <= 10 else "below" if ratio < 2 else "above"
        print(f"{name}: speedup {band} the 2-10x band")


if __name__ == "__main__":
    main()

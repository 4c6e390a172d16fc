# browser: runnable
import asyncio
import math
import time


async def fetch(seconds: float, limit: asyncio.Semaphore, cpu: float, spent: list[float]) -> None:
    async with limit:  # (1)!
        await asyncio.sleep(seconds)
    start = time.perf_counter()
    while time.perf_counter() - start < cpu:  # (2)!
        pass
    spent.append(time.perf_counter() - start)


async def run(waits: list[float], at_once: int, cpu: float) -> tuple[float, float]:
    limit, spent = asyncio.Semaphore(at_once), []
    start = time.perf_counter()
    await asyncio.gather(*(fetch(s, limit, cpu, spent) for s in waits))
    return time.perf_counter() - start, sum(spent)


def check(name: str, waits: list[float], at_once: int = 10**6, cpu: float = 0.0) -> None:
    rounds = math.ceil(len(waits) / at_once)
    model = max(waits) * rounds + cpu * len(waits)  # (3)!
    speedup = (sum(waits) + cpu * len(waits)) / model  # (4)!
    elapsed, cpu_spent = asyncio.run(run(waits, at_once, cpu), debug=False)  # (5)!
    expected = max(waits) * rounds + cpu_spent
    close = expected * 0.95 <= elapsed <= expected * 1.5 + 0.1  # (6)!
    print(f"{name:<31} model predicts {speedup:5.1f}x | async time as predicted: {close}")


def main() -> None:
    check("3 waits of 0.1-0.2 s", [0.1, 0.2, 0.15])
    check("50 waits of 0.1 s", [0.1] * 50)
    check("50 waits of 0.05 s, 10 at once", [0.05] * 50, at_once=10)
    check("50 waits + 2 ms CPU each", [0.1] * 50, cpu=0.002)


if __name__ == "__main__":
    main()

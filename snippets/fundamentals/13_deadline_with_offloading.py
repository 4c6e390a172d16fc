import asyncio
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

PERIOD = 0.02  # the ticker wants to wake up every 20 ms


def burn(seconds: float) -> None:
    """About `seconds` of pure-Python CPU work (think parsing or resizing)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(i * i for i in range(500))


async def ticker(ticks: int) -> list[float]:
    lateness = []
    for _ in range(ticks):
        due = time.perf_counter() + PERIOD
        await asyncio.sleep(PERIOD)
        lateness.append(time.perf_counter() - due)
    return lateness


async def cruncher(done: asyncio.Event, pool: ProcessPoolExecutor) -> None:
    loop = asyncio.get_running_loop()
    while not done.is_set():
        await loop.run_in_executor(pool, burn, 0.01)  # (1)!


async def scenario(pool: ProcessPoolExecutor) -> list[float]:
    done = asyncio.Event()
    crunchers = [asyncio.create_task(cruncher(done, pool)) for _ in range(4)]
    lateness = await ticker(5)
    done.set()
    await asyncio.gather(*crunchers)
    return lateness


def main() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:  # (2)!
        pool.submit(burn, 0).result(timeout=20)  # (3)!
        lateness = asyncio.run(scenario(pool))
    typical = statistics.median(lateness)
    print("typical 20 ms tick on time within 50 ms:", typical < 0.05)


if __name__ == "__main__":
    main()

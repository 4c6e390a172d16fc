# browser: unsupported (timing)
import asyncio
import statistics
import time

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
        lateness.append(time.perf_counter() - due)  # (1)!
    return lateness


async def cruncher(done: asyncio.Event) -> None:
    while not done.is_set():
        burn(0.01)  # (2)!
        await asyncio.sleep(0)  # (3)!


async def main() -> None:
    done = asyncio.Event()
    crunchers = [asyncio.create_task(cruncher(done)) for _ in range(4)]
    lateness = await ticker(5)
    done.set()
    await asyncio.gather(*crunchers)
    typical = statistics.median(lateness)  # (4)!
    print("typical 20 ms tick late by more than 50 ms:", typical > 0.05)


if __name__ == "__main__":
    asyncio.run(main())

import asyncio
import time


def load_report() -> str:
    time.sleep(0.3)  # (1)!
    return "report.csv"


async def ticker(stamps: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        stamps.append(time.perf_counter())
        await asyncio.sleep(0.02)


async def main() -> None:
    stamps: list[float] = []
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker(stamps, stop))
        start = time.perf_counter()
        name = await asyncio.to_thread(load_report)  # (2)!
        end = time.perf_counter()
        stop.set()
    during = sum(start < t < end for t in stamps)  # (3)!
    print("blocking call returned:", name)
    print("ticker kept ticking during the call (>= 5 ticks):", during >= 5)


if __name__ == "__main__":
    asyncio.run(main())

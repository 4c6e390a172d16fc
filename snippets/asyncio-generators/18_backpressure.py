# browser: runnable
import asyncio
from collections.abc import AsyncIterator

ITEMS = 20
stats = {"produced": 0, "consumed": 0, "most_ahead": 0}


async def fast_source() -> AsyncIterator[int]:
    for n in range(ITEMS):  # never has to wait: always faster than the sink
        stats["produced"] += 1
        stats["most_ahead"] = max(stats["most_ahead"], stats["produced"] - stats["consumed"])  # (1)!
        yield n


async def slow_sink(items: AsyncIterator[int]) -> None:
    async for _ in items:
        await asyncio.sleep(0.01)
        stats["consumed"] += 1


async def through_queue(maxsize: int) -> AsyncIterator[int]:  # (2)!
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize)

    async def pump() -> None:
        async for n in fast_source():
            await queue.put(n)  # (3)!
        await queue.put(None)

    pumping = asyncio.create_task(pump())
    try:
        while (n := await queue.get()) is not None:
            yield n
    finally:
        pumping.cancel()  # (4)!


async def main() -> None:
    streams = {"generators only": fast_source(), "unbounded queue": through_queue(0),
               "Queue(maxsize=3)": through_queue(3)}
    for name, stream in streams.items():
        stats.update(produced=0, consumed=0, most_ahead=0)
        await slow_sink(stream)
        print(f"{name}: at most {stats['most_ahead']} of {ITEMS} items produced but not consumed")


if __name__ == "__main__":
    asyncio.run(main())

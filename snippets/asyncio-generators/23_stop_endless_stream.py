# browser: runnable
import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing


async def ticks(name: str, stop: asyncio.Event | None = None) -> AsyncIterator[int]:
    n = 0
    try:
        while stop is None or not stop.is_set():  # (1)!
            await asyncio.sleep(0.01)
            n += 1
            yield n
    finally:
        print(f"  {name}: cleanup after {n} ticks")  # (2)!


async def consume_forever(seen: asyncio.Event) -> None:
    async for n in ticks("cancelled"):
        if n == 3:
            seen.set()


async def main() -> None:
    print("1. break inside aclosing")
    async with aclosing(ticks("break")) as stream:
        async for n in stream:
            if n == 3:
                break  # (3)!
    print("2. an Event checked by the generator")
    stop = asyncio.Event()
    async for n in ticks("event", stop):
        if n == 3:
            stop.set()  # (4)!
    print("3. cancelling the consuming task")
    seen = asyncio.Event()
    consumer = asyncio.create_task(consume_forever(seen))
    await asyncio.wait_for(seen.wait(), timeout=1)
    consumer.cancel()  # (5)!
    await asyncio.wait([consumer], timeout=1)
    print("consumer cancelled:", consumer.cancelled())


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio
from collections.abc import AsyncIterable, AsyncIterator


async def source(count: int) -> AsyncIterator[str]:
    for n in range(count):
        await asyncio.sleep(0.01)  # e.g. waiting for the next message
        print(f"source : line {n}")
        yield f"{n},{n * 7 % 10}"  # (1)!


async def parse(lines: AsyncIterable[str]) -> AsyncIterator[tuple[int, int]]:
    async for line in lines:
        ident, value = line.split(",")
        yield int(ident), int(value)  # (2)!


async def at_least(limit: int, records: AsyncIterable[tuple[int, int]]) -> AsyncIterator[tuple[int, int]]:
    async for ident, value in records:
        if value >= limit:
            yield ident, value
        else:
            print(f"filter : drop {ident} (value {value})")


async def sink(records: AsyncIterable[tuple[int, int]]) -> list[int]:
    saved = []
    async for ident, value in records:  # (3)!
        await asyncio.sleep(0.01)  # e.g. writing to a database
        print(f"sink   : saved {ident} (value {value})")
        saved.append(ident)
    return saved


async def main() -> None:
    pipeline = at_least(4, parse(source(5)))  # (4)!
    print("pipeline built, nothing has run yet")
    print("saved:", await sink(pipeline))


if __name__ == "__main__":
    asyncio.run(main())

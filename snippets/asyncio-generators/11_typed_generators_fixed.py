# browser: runnable
import asyncio
import typing
from collections.abc import AsyncGenerator, AsyncIterator  # (1)!


async def data_stream(count: int) -> AsyncGenerator[dict[str, object], None]:  # (2)!
    for i in range(count):
        await asyncio.sleep(0.01)
        yield {"id": i, "data": f"reading-{i}"}


async def ids(count: int) -> AsyncIterator[int]:  # (3)!
    async for item in data_stream(count):
        yield typing.cast(int, item["id"])


async def running_total() -> AsyncGenerator[int, int]:  # (4)!
    total = 0
    while True:
        total += yield total


async def main() -> None:
    print(typing.get_type_hints(data_stream)["return"])
    print(typing.get_type_hints(ids)["return"])
    print("ids:", [i async for i in ids(3)])
    adder = running_total()
    await anext(adder)  # (5)!
    print("totals:", [await adder.asend(n) for n in (5, 10, 20)])
    await adder.aclose()


if __name__ == "__main__":
    asyncio.run(main())

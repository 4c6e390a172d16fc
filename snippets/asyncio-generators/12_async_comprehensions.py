# browser: runnable
import asyncio
import time
from collections.abc import AsyncIterator


async def readings(count: int) -> AsyncIterator[int]:
    for n in range(count):
        await asyncio.sleep(0)
        yield n * n


async def lookup(n: int) -> str:
    await asyncio.sleep(0.1)  # e.g. one request per item
    return f"item-{n}"


async def main() -> None:
    print("list:", [x async for x in readings(6)])  # (1)!
    print("filtered:", [x async for x in readings(6) if x % 2 == 0])
    print("set:", {x % 3 async for x in readings(6)})
    print("dict:", {x: x > 10 async for x in readings(6)})
    odd = (x async for x in readings(6) if x % 2)  # (2)!
    print("from a generator expression:", [x async for x in odd])

    start = time.perf_counter()
    names = [await lookup(n) for n in range(6)]  # (3)!
    one_by_one = time.perf_counter() - start
    start = time.perf_counter()
    same = await asyncio.gather(*(lookup(n) for n in range(6)))  # (4)!
    together = time.perf_counter() - start
    print("same results:", names == same)
    print("comprehension awaited one at a time (>= 0.55 s):", one_by_one >= 0.55)
    print("gather ran them concurrently (< half the time):", together < 0.5 * one_by_one)


if __name__ == "__main__":
    asyncio.run(main())

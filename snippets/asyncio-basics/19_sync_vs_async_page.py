# browser: runnable
import asyncio
import time

# What one page of a shop needs; each wait stands in for a network round trip (seconds)
WAITS = {"user": 0.2, "orders": 0.3, "recommendations": 0.4}


def load_sync(part: str) -> str:
    time.sleep(WAITS[part])  # a blocking client, e.g. a synchronous database driver
    return f"{part} ok"


async def load_async(part: str) -> str:
    await asyncio.sleep(WAITS[part])  # an async client: the loop serves others meanwhile
    return f"{part} ok"


def page_sync() -> list[str]:
    return [load_sync(part) for part in WAITS]  # (1)!


async def page_async() -> list[str]:
    return await asyncio.gather(*(load_async(part) for part in WAITS))  # (2)!


def main() -> None:
    start = time.perf_counter()
    sync_result = page_sync()
    t_sync = time.perf_counter() - start
    start = time.perf_counter()
    async_result = asyncio.run(page_async())
    t_async = time.perf_counter() - start

    print("same page:", sync_result == async_result)
    print("sync took the sum of the waits (0.9 s):", t_sync >= 0.9)
    print("async took about the longest wait (0.4 s):", 0.4 <= t_async < 0.55)
    print("speedup about sum/max = 2.25x (between 1.5x and 3x):", 1.5 < t_sync / t_async < 3)  # (3)!


if __name__ == "__main__":
    main()

# browser: runnable
import asyncio
import time

SOURCES = {"users-api": 0.45, "orders-db": 0.15, "prices-api": 0.3}  # name: simulated reply time in s


async def fetch(source: str, seconds: float) -> str:
    print(f"start  {source}")
    await asyncio.sleep(seconds)  # (1)!
    print(f"finish {source}")
    return f"data from {source}"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(*(fetch(name, s) for name, s in SOURCES.items()))  # (2)!
    elapsed = time.perf_counter() - start
    for result in results:
        print("result:", result)  # (3)!
    print("took about the longest wait (0.45 s), not the sum (0.9 s):", 0.44 <= elapsed < 0.7)


if __name__ == "__main__":
    asyncio.run(main())

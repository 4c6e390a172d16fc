# browser: runnable
import asyncio
import time

WAITS = [0.3, 0.1, 0.2, 0.3, 0.1]  # five simulated requests, in seconds


async def request(i: int, wait: float) -> str:
    await asyncio.sleep(wait)  # (1)!
    return f"response {i}"


async def main() -> None:
    start = time.perf_counter()
    tasks = [asyncio.create_task(request(i, w)) for i, w in enumerate(WAITS)]  # (2)!
    print("tasks created, none finished yet:", not any(t.done() for t in tasks))
    results = [await t for t in tasks]  # (3)!
    elapsed = time.perf_counter() - start
    print("results:", results)
    print("took about the longest wait, not the sum:", elapsed < 0.6 * sum(WAITS))  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

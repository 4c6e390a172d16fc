# browser: runnable
import asyncio
import time


async def download(name: str, seconds: float) -> str:
    print(f"{name}: started")
    await asyncio.sleep(seconds)  # stands in for a network wait
    print(f"{name}: finished")
    return f"{name} ({seconds} s)"


async def main() -> None:
    start = time.perf_counter()
    big = asyncio.create_task(download("big file", 0.4))  # (1)!
    small = asyncio.create_task(download("small file", 0.2))
    print("main: two tasks created, main carries on")
    await asyncio.sleep(0.05)  # (2)!
    print("main: 0.05 s later both are still running:", not big.done() and not small.done())
    results = await asyncio.gather(big, small)  # (3)!
    print("results:", results)
    print("took about the longest wait, not the sum (< 0.55 s):", time.perf_counter() - start < 0.55)


if __name__ == "__main__":
    asyncio.run(main())

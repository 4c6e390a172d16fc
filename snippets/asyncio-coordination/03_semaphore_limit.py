# browser: runnable
import asyncio
import time

LIMIT, JOBS, HOLD = 3, 10, 0.1
active = peak = 0


async def download(i: int, slots: asyncio.Semaphore) -> int:
    global active, peak
    async with slots:  # (1)!
        active += 1  # (2)!
        peak = max(peak, active)
        await asyncio.sleep(HOLD)  # the limited work, e.g. one HTTP request
        active -= 1
    return i


async def main() -> None:
    slots = asyncio.Semaphore(LIMIT)
    start = time.perf_counter()
    results = await asyncio.gather(*(download(i, slots) for i in range(JOBS)))  # (3)!
    elapsed = time.perf_counter() - start
    print("jobs finished:", len(results))
    print("peak concurrent downloads:", peak)  # (4)!
    print("needed at least 4 rounds (3 + 3 + 3 + 1):", elapsed >= 4 * HOLD * 0.9)


if __name__ == "__main__":
    asyncio.run(main())

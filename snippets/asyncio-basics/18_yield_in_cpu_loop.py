# browser: runnable
import asyncio
import time


async def heartbeat(gaps: list[float], stop: asyncio.Event) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        gaps.append(time.perf_counter() - last)
        last = time.perf_counter()


async def sum_of_squares(n: int, yield_every: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
        if i % yield_every == 0:
            await asyncio.sleep(0)  # (1)!
    return total


async def measure(yield_every: int) -> tuple[int, float, float]:
    gaps: list[float] = []
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(gaps, stop))
    await asyncio.sleep(0.03)  # the heartbeat is running
    start = time.perf_counter()
    result = await sum_of_squares(2_000_000, yield_every)
    elapsed = time.perf_counter() - start
    stop.set()
    await beat
    return result, elapsed, max(gaps)


async def main() -> None:
    asyncio.get_running_loop().slow_callback_duration = 10  # (2)!
    result, elapsed, gap = await measure(yield_every=10**9)  # (3)!
    print("never yielding: heartbeat silent for the whole job:", gap >= 0.9 * elapsed)
    chunked, elapsed, gap = await measure(yield_every=20_000)  # (4)!
    print("yielding every 20,000 steps: longest silence under a quarter of the job:", gap < 0.25 * elapsed)
    print("same answer:", result == chunked)


if __name__ == "__main__":
    asyncio.run(main())

# browser: unsupported (timing)
import asyncio
import time


async def heartbeat(gaps: list[float], stop: asyncio.Event) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.01)  # (1)!
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


async def job(blocking: bool) -> None:
    if blocking:
        time.sleep(0.05)  # (2)!
    else:
        await asyncio.sleep(0.05)


async def measure(blocking: bool) -> tuple[float, float]:
    gaps: list[float] = []
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(gaps, stop))
    await asyncio.sleep(0.03)  # the heartbeat is running
    start = time.perf_counter()
    await asyncio.gather(*(job(blocking) for _ in range(4)))
    elapsed = time.perf_counter() - start
    stop.set()
    await beat
    return elapsed, max(gaps)


async def main() -> None:
    asyncio.get_running_loop().slow_callback_duration = 1.0  # (3)!
    elapsed, longest_gap = await measure(blocking=True)
    print("time.sleep: 4 jobs took the sum (>= 0.2 s):", elapsed >= 0.2)
    print("time.sleep: heartbeat silent for >= 0.19 s:", longest_gap >= 0.19)  # (4)!
    elapsed, longest_gap = await measure(blocking=False)
    print("asyncio.sleep: 4 jobs took one wait (< 0.15 s):", elapsed < 0.15)
    print("asyncio.sleep: heartbeat never silent for 0.15 s:", longest_gap < 0.15)


if __name__ == "__main__":
    asyncio.run(main())

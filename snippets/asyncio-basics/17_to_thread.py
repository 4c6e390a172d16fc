import asyncio
import functools
import time
from concurrent.futures import ThreadPoolExecutor


def read_sensor(name: str, delay: float = 0.1) -> str:  # (1)!
    time.sleep(delay)
    return f"{name}: ok"


async def heartbeat(gaps: list[float], stop: asyncio.Event) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.01)
        gaps.append(time.perf_counter() - last)
        last = time.perf_counter()


async def main() -> None:
    asyncio.get_running_loop().slow_callback_duration = 1  # (2)!
    gaps: list[float] = []
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(gaps, stop))

    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(read_sensor, f"s{i}") for i in range(4)))  # (3)!
    print(results, "overlapped (< 0.3 s):", time.perf_counter() - start < 0.3)

    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:  # (4)!
        start = time.perf_counter()
        calls = [loop.run_in_executor(pool, functools.partial(read_sensor, f"p{i}", delay=0.1)) for i in range(4)]
        results = await asyncio.gather(*calls)  # (5)!
        print(results, "two at a time (>= 0.2 s):", time.perf_counter() - start >= 0.2)

    stop.set()
    await beat
    print("heartbeat never silent for 0.2 s (on the loop, 4 calls would block 0.4 s):", max(gaps) < 0.2)  # (6)!


if __name__ == "__main__":
    asyncio.run(main())

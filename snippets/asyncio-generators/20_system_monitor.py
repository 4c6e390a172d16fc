# browser: unsupported (timing)
import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import aclosing


async def monitor(queue: asyncio.Queue[int], interval: float) -> AsyncIterator[dict[str, float]]:
    while True:
        due = time.perf_counter() + interval
        await asyncio.sleep(interval)
        yield {
            "tasks": len(asyncio.all_tasks()),  # (1)!
            "queued": queue.qsize(),
            "lag": time.perf_counter() - due,  # (2)!
        }


async def worker(queue: asyncio.Queue[int]) -> None:
    while not queue.empty():
        job = queue.get_nowait()
        if job == 5:
            time.sleep(0.03)  # (3)!
        await asyncio.sleep(0.02)


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(12):
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(queue)) for _ in range(3)]
    samples = []
    async with asyncio.timeout(5), aclosing(monitor(queue, interval=0.01)) as readings:
        async for sample in readings:
            samples.append(sample)
            if sample["tasks"] == 1:  # (4)!
                break
    await asyncio.gather(*workers)
    depths = [s["queued"] for s in samples]
    print("peak tasks (main + 3 workers):", max(s["tasks"] for s in samples))
    print("queue depth never went up:", depths == sorted(depths, reverse=True))
    print("last sample: queued", depths[-1], "tasks", samples[-1]["tasks"])
    print("the blocking call showed up as loop lag >= 20 ms:", max(s["lag"] for s in samples) >= 0.02)


if __name__ == "__main__":
    asyncio.run(main())

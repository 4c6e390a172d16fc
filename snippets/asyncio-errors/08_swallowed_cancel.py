# browser: runnable
import asyncio
import time

log: list[str] = []


async def poll(ticks: int) -> str:
    for _ in range(ticks):
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:  # (1)!
            log.append("cancellation swallowed")
    return "poll ran to the end"


async def main() -> None:
    task = asyncio.create_task(poll(ticks=10))
    await asyncio.sleep(0.15)
    task.cancel()
    result = await asyncio.wait_for(task, timeout=2)
    print("after cancel():", result, "| task.cancelled():", task.cancelled())  # (2)!

    start = time.perf_counter()
    async with asyncio.timeout(0.15):  # (3)!
        result = await poll(ticks=4)
    elapsed = time.perf_counter() - start
    print("after the timeout:", result, "| no TimeoutError raised")
    print("block overran its 0.15 s budget:", elapsed > 0.3)
    print(log)


if __name__ == "__main__":
    asyncio.run(main())

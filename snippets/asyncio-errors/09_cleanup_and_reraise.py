# browser: runnable
import asyncio
import time

log: list[str] = []


async def poll(ticks: int) -> str:
    try:
        for _ in range(ticks):
            await asyncio.sleep(0.1)
        return "poll ran to the end"
    except asyncio.CancelledError:
        log.append("cancelled: connection closed")  # (1)!
        raise  # (2)!


async def main() -> None:
    print("not cancelled:", await poll(ticks=1))

    task = asyncio.create_task(poll(ticks=10))
    await asyncio.sleep(0.15)
    task.cancel()
    await asyncio.wait([task], timeout=2)
    print("after cancel(): task.cancelled():", task.cancelled())  # (3)!

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.15):
            await poll(ticks=10)
    except TimeoutError:
        print("after the timeout: TimeoutError raised")  # (4)!
    print("block kept to its 0.15 s budget:", time.perf_counter() - start < 0.6)
    print(log)


if __name__ == "__main__":
    asyncio.run(main())

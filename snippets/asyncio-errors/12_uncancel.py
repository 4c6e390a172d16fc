# requires: 3.13
# browser: runnable
import asyncio


async def flaky() -> None:
    await asyncio.sleep(0.01)
    raise ValueError("job 2 failed")


async def serve(tidy: bool) -> str:
    try:
        await asyncio.sleep(10)  # (1)!
    except asyncio.CancelledError:
        if tidy:
            asyncio.current_task().uncancel()  # (2)!
    print(f"uncancel={tidy}: job 1 skipped, cancelling() = {asyncio.current_task().cancelling()}")
    try:
        async with asyncio.TaskGroup() as tg:  # (3)!
            tg.create_task(flaky())
    except* ValueError:
        print(f"uncancel={tidy}: job 2 failed and was handled")
    await asyncio.sleep(0.01)  # (4)!
    return "job 3 done"


async def main() -> None:
    for tidy in (False, True):
        task = asyncio.create_task(serve(tidy))
        await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.wait([task], timeout=2)
        print(f"uncancel={tidy}:", "task ended CANCELLED" if task.cancelled() else task.result())


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio


async def worker() -> None:
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0.4)  # (1)!


async def stop(worker_task: asyncio.Task, careful: bool) -> str:
    worker_task.cancel()
    try:
        await worker_task
    except asyncio.CancelledError:
        if careful and asyncio.current_task().cancelling() > 0:  # (2)!
            raise
    return "worker stopped"


async def run(careful: bool, cancel_the_stopper: bool) -> None:
    worker_task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    stopper = asyncio.create_task(stop(worker_task, careful))
    await asyncio.sleep(0.05)
    if cancel_the_stopper:
        stopper.cancel()  # (3)!
    await asyncio.wait([stopper], timeout=2)
    outcome = "cancelled" if stopper.cancelled() else stopper.result()
    print(f"careful={careful!s:5} stopper cancelled from outside={cancel_the_stopper!s:5} -> {outcome}")


async def main() -> None:
    for careful in (False, True):
        for cancel_the_stopper in (False, True):
            await run(careful, cancel_the_stopper)


if __name__ == "__main__":
    asyncio.run(main())

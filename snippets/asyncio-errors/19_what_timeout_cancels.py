# browser: runnable
import asyncio


async def work(seconds: float) -> str:
    await asyncio.sleep(seconds)
    return "finished"


def fate(task: asyncio.Task) -> str:
    return "cancelled" if task.cancelled() else task.result() if task.done() else "still running"


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:  # (1)!
                in_group = [tg.create_task(work(1.0)) for _ in range(2)]
    except TimeoutError:
        print("tasks of a TaskGroup inside the timeout:", [fate(t) for t in in_group])

    try:
        async with asyncio.timeout(0.1):
            awaited = asyncio.create_task(work(1.0))
            detached = asyncio.create_task(work(0.6))  # (2)!
            await awaited  # (3)!
    except TimeoutError:
        print("the task the block was awaiting:", fate(awaited))
        print("a task it started but did not await:", fate(detached))
    await asyncio.wait([detached], timeout=2)  # (4)!
    print("later, that task:", fate(detached))


if __name__ == "__main__":
    asyncio.run(main())

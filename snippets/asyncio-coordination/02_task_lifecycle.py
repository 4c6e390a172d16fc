# browser: runnable
import asyncio


async def job(name: str, wait: float) -> str:
    await asyncio.sleep(wait)
    return f"{name} done"


def state(task: asyncio.Task[str]) -> str:  # (1)!
    if not task.done():
        return "pending"
    return "cancelled" if task.cancelled() else f"done: {task.result()!r}"


async def main() -> None:
    finished: list[str] = []
    fast = asyncio.create_task(job("fast", 0.05), name="fast")
    slow = asyncio.create_task(job("slow", 10), name="slow")
    for task in (fast, slow):
        task.add_done_callback(lambda t: finished.append(t.get_name()))  # (2)!
    print("right after create_task:", state(fast), "|", state(slow))
    await asyncio.sleep(0.1)
    print("after 0.1 s:", state(fast), "|", state(slow))
    slow.cancel()  # (3)!
    try:
        await slow
    except asyncio.CancelledError:
        print("awaiting the cancelled task raised CancelledError")
    print("at the end:", state(fast), "|", state(slow))
    print("done callbacks ran for:", finished)


if __name__ == "__main__":
    asyncio.run(main())

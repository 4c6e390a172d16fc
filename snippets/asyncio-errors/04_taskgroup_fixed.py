# browser: unsupported (task-count)
import asyncio
import time

outcomes: dict[str, list[str]] = {"finished": [], "raised": [], "cancelled": []}


async def job(name: str, delay: float, fail: bool = False) -> str:
    outcome = "cancelled"
    try:
        await asyncio.sleep(delay)
        if fail:
            outcome = "raised"
            raise ValueError(f"{name} failed")
        outcome = "finished"
        return name
    finally:
        outcomes[outcome].append(name)


async def main() -> None:
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:  # (1)!
            tg.create_task(job("d", 0.01))
            tg.create_task(job("a", 0.05, fail=True))
            tg.create_task(job("b", 0.5))
            tg.create_task(job("c", 0.6, fail=True))
    except* ValueError as group:  # (2)!
        print("caller caught:", repr(group.exceptions))
    elapsed = time.perf_counter() - start
    print("tasks still running after the group ended:", len(asyncio.all_tasks()) - 1)  # (3)!
    for outcome, names in outcomes.items():
        print(f"{outcome}:", sorted(names))
    print("group ended long before b would have finished:", elapsed < 0.4)


if __name__ == "__main__":
    asyncio.run(main())

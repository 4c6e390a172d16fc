# browser: unsupported (task-count)
import asyncio

MIRRORS = {"eu": 0.8, "us": 0.05, "asia": 0.6}
closed: list[str] = []


async def fetch_from(mirror: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        return f"data from {mirror}"
    finally:
        closed.append(mirror)  # (1)!


async def main() -> None:
    tasks = [asyncio.create_task(fetch_from(m, d), name=m) for m, d in MIRRORS.items()]
    done, pending = await asyncio.wait(tasks, timeout=2, return_when=asyncio.FIRST_COMPLETED)  # (2)!
    print("first answer:", done.pop().result())
    for task in pending:
        task.cancel()  # (3)!
    await asyncio.wait(pending, timeout=2)  # (4)!
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))
    print("connections closed:", sorted(closed))
    print("tasks left:", len(asyncio.all_tasks()) - 1)


if __name__ == "__main__":
    asyncio.run(main())

# browser: unsupported (task-count)
import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing

cleanup: dict[str, asyncio.Task | None] = {}


async def rows(name: str) -> AsyncIterator[int]:
    try:
        for n in range(100):
            await asyncio.sleep(0)
            yield n
    finally:
        await asyncio.sleep(0)  # e.g. closing a cursor is itself an await
        cleanup[name] = asyncio.current_task()  # (1)!


async def first_rows(name: str, use_aclosing: bool) -> None:
    if use_aclosing:
        async with aclosing(rows(name)) as stream:  # (2)!
            async for n in stream:
                if n == 2:
                    break
    else:
        async for n in rows(name):  # (3)!
            if n == 2:
                break
    print(f"{name}: cleanup done when the consumer returned: {name in cleanup}")


async def main() -> None:
    for name, use_aclosing in (("plain", False), ("aclosing", True)):
        consumer = asyncio.create_task(first_rows(name, use_aclosing))
        await consumer
        others = asyncio.all_tasks() - {asyncio.current_task()}  # (4)!
        print(f"{name}: extra tasks the loop started: {len(others)}")
        if others:
            await asyncio.wait(others, timeout=1)  # (5)!
        print(f"{name}: cleanup ran in the consumer's task: {cleanup[name] is consumer}")


if __name__ == "__main__":
    asyncio.run(main())

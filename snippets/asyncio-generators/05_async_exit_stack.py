# browser: runnable
import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def replica(n: int) -> AsyncIterator[str]:
    await asyncio.sleep(0)
    if n == 3:
        raise ConnectionError(f"replica {n} is down")  # (1)!
    print(f"open replica {n}")
    try:
        yield f"replica-{n}"
    finally:
        await asyncio.sleep(0)
        print(f"close replica {n}")


async def log_usage(count: int) -> None:
    await asyncio.sleep(0)
    print(f"callback: {count} replicas were used")


async def query_all(count: int) -> None:
    async with AsyncExitStack() as stack:  # (2)!
        conns = [await stack.enter_async_context(replica(n)) for n in range(count)]  # (3)!
        stack.push_async_callback(log_usage, len(conns))  # (4)!
        print("querying", ", ".join(conns))


async def main() -> None:
    await query_all(3)
    print("---")
    try:
        await query_all(5)
    except ConnectionError as exc:
        print("query_all(5) failed:", exc)  # (5)!


if __name__ == "__main__":
    asyncio.run(main())

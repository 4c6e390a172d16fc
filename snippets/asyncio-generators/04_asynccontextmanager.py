# browser: runnable
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name: str) -> AsyncIterator[str]:  # (1)!
    await asyncio.sleep(0)
    print(f"{name}: opened")
    try:
        yield name  # (2)!
    finally:
        await asyncio.sleep(0)
        print(f"{name}: closed")  # (3)!


@asynccontextmanager
async def leaky(name: str) -> AsyncIterator[str]:
    await asyncio.sleep(0)
    print(f"{name}: opened")
    yield name  # (4)!
    print(f"{name}: closed")  # pragma: no cover -- skipped on error: the bug shown here


async def main() -> None:
    async with connection("db") as conn:
        print("using", conn)
    for open_it in (connection, leaky):
        try:
            async with open_it(open_it.__name__) as conn:
                raise RuntimeError("query failed")
        except RuntimeError as exc:
            print(f"{conn}: the caller got {exc!r}")


if __name__ == "__main__":
    asyncio.run(main())

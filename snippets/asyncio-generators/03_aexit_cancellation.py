# browser: runnable
import asyncio
from typing import Self


class Transaction:
    async def __aenter__(self) -> Self:
        print("BEGIN")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        outcome = "COMMIT" if exc_type is None else f"ROLLBACK ({exc_type.__name__})"
        print(outcome)  # (1)!
        return False  # (2)!


async def save_report() -> None:
    async with Transaction():
        print("  writing a slow report...")
        await asyncio.sleep(10)  # (3)!


async def main() -> None:
    try:
        async with asyncio.timeout(0.05):  # (4)!
            await save_report()
    except TimeoutError:
        print("the caller sees TimeoutError after the rollback")

    task = asyncio.create_task(save_report())
    await asyncio.sleep(0.01)
    task.cancel()  # (5)!
    await asyncio.wait([task], timeout=1)
    print("task.cancelled():", task.cancelled())


if __name__ == "__main__":
    asyncio.run(main())

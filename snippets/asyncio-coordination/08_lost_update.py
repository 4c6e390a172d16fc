# browser: runnable
import asyncio
from collections.abc import Awaitable, Callable

TASKS = 100
balance = 0


async def deposit_no_await() -> None:
    global balance
    current = balance  # (1)!
    balance = current + 1


async def deposit_with_await() -> None:
    global balance
    current = balance
    await asyncio.sleep(0)  # (2)!
    balance = current + 1


async def run(deposit: Callable[[], Awaitable[None]]) -> int:
    global balance
    balance = 0
    await asyncio.gather(*(deposit() for _ in range(TASKS)))
    return balance


async def main() -> None:
    print("no await inside the update:", await run(deposit_no_await), "of", TASKS)
    print("await inside the update:", await run(deposit_with_await), "of", TASKS)  # (3)!


if __name__ == "__main__":
    asyncio.run(main())

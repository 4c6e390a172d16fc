# browser: runnable
import asyncio
from collections.abc import AsyncIterator
from typing import Self


class Countdown:
    """An async iterator written by hand: counts down, waiting before each number."""

    def __init__(self, start: int) -> None:
        self.current = start

    def __aiter__(self) -> Self:  # (1)!
        return self

    async def __anext__(self) -> int:  # (2)!
        if self.current == 0:
            raise StopAsyncIteration  # (3)!
        await asyncio.sleep(0.01)
        self.current -= 1
        return self.current + 1


async def countdown(start: int) -> AsyncIterator[int]:  # (4)!
    for n in range(start, 0, -1):
        await asyncio.sleep(0.01)
        yield n


async def main() -> None:
    print("class:    ", [n async for n in Countdown(3)])
    print("generator:", [n async for n in countdown(3)])
    it = aiter(countdown(2))  # (5)!
    print("anext:", await anext(it), await anext(it), await anext(it, "done"))


if __name__ == "__main__":
    asyncio.run(main())

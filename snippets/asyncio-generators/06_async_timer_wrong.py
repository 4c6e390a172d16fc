# browser: runnable
import asyncio
import time
from typing import Self


class AsyncTimer:
    """Measures how long the body of an `async with` block takes."""

    async def __aenter__(self) -> Self:
        self.start = time.time()  # (1)!
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        self.elapsed = time.time() - self.start


async def main() -> None:
    info = time.get_clock_info("time")
    print(f"time.time(): monotonic={info.monotonic}, adjustable={info.adjustable}")  # (2)!

    async with AsyncTimer() as timer:
        await asyncio.sleep(0.2)
    print("normal run, 0.2 s measured as 0.15-1.0 s:", 0.15 <= timer.elapsed < 1.0)

    wall_clock = time.time
    async with AsyncTimer() as timer:
        await asyncio.sleep(0.2)
        time.time = lambda: wall_clock() - 2.0  # (3)!
    time.time = wall_clock
    print("clock set back 2 s mid-block, 0.2 s measured as 0.15-1.0 s:", 0.15 <= timer.elapsed < 1.0)
    print("measured duration is negative:", timer.elapsed < 0)  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

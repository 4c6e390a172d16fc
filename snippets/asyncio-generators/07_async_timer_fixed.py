# browser: runnable
import asyncio
import time
from typing import Self


class AsyncTimer:
    """Measures how long the body of an `async with` block takes."""

    def __init__(self, label: str) -> None:
        self.label = label

    async def __aenter__(self) -> Self:
        self.start = time.perf_counter()  # (1)!
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        self.elapsed = time.perf_counter() - self.start  # (2)!


async def main() -> None:
    info = time.get_clock_info("perf_counter")
    print(f"perf_counter(): monotonic={info.monotonic}, adjustable={info.adjustable}")

    wall_clock = time.time
    async with AsyncTimer("one wait") as timer:
        await asyncio.sleep(0.2)
        time.time = lambda: wall_clock() - 2.0  # (3)!
    time.time = wall_clock
    print("clock set back 2 s mid-block, 0.2 s measured as 0.15-1.0 s:", 0.15 <= timer.elapsed < 1.0)

    async with AsyncTimer("one by one") as serial:  # (4)!
        for _ in range(3):
            await asyncio.sleep(0.2)
    async with AsyncTimer("gathered") as together:
        await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(3)))
    print(f"{together.label!r} faster than {serial.label!r}:", together.elapsed < 0.7 * serial.elapsed)


if __name__ == "__main__":
    asyncio.run(main())

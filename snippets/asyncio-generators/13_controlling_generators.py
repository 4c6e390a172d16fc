# browser: runnable
import asyncio
from collections.abc import AsyncGenerator


class Recalibrate(Exception):
    pass


async def sensor(step: int) -> AsyncGenerator[int, int | None]:
    value = 0
    try:
        while True:
            await asyncio.sleep(0.01)
            try:
                new_step = yield value  # (1)!
            except Recalibrate:  # (2)!
                print("  sensor: recalibrating to 0")
                value = 0
                continue
            if new_step is not None:
                print(f"  sensor: step is now {new_step}")
                step = new_step
            value += step
    finally:
        print("  sensor: stopped")  # (3)!


async def main() -> None:
    readings = sensor(step=1)
    print("read:", await anext(readings), await anext(readings), await anext(readings))
    print("asend(10) ->", await readings.asend(10))  # (4)!
    print("read:", await anext(readings))
    print("athrow(Recalibrate) ->", await readings.athrow(Recalibrate()))  # (5)!
    print("read:", await anext(readings))
    await readings.aclose()  # (6)!
    print("after aclose:", await anext(readings, "no more values"))


if __name__ == "__main__":
    asyncio.run(main())

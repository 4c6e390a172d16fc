# browser: runnable
import asyncio
import time


async def three_steps(per_call: float | None) -> None:
    for _ in range(3):
        await asyncio.wait_for(asyncio.sleep(0.25), timeout=per_call)  # (1)!


async def main() -> None:
    start = time.perf_counter()
    await three_steps(per_call=0.35)
    elapsed = time.perf_counter() - start
    print("wait_for(0.35) on each step: no timeout, yet 0.75 s in total:", elapsed > 0.7)  # (2)!

    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.3):  # (3)!
            await three_steps(per_call=None)
    except TimeoutError:
        elapsed = time.perf_counter() - start
        print("timeout(0.3) around all steps: TimeoutError, stopped near 0.3 s:", elapsed < 0.6)


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio


async def job(n: int) -> int:
    await asyncio.sleep(0.05 * n)
    return n


async def main() -> None:
    coros = [job(3), job(1), job(2)]  # (1)!
    print("gather:", await asyncio.gather(*coros))
    for next_done in asyncio.as_completed(coros):  # (2)!
        try:
            print("as_completed:", await next_done)
        except RuntimeError as exc:
            print("as_completed: RuntimeError:", exc)  # (3)!


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio


async def arrive(barrier: asyncio.Barrier, timeout: float) -> str:
    try:
        async with asyncio.timeout(timeout):
            await barrier.wait()
        return "passed"
    except TimeoutError:
        return "timed out"  # (1)!
    except asyncio.BrokenBarrierError:
        return "BrokenBarrierError"


async def main() -> None:
    barrier = asyncio.Barrier(3)
    print("2 of 3 arrive:", await asyncio.gather(arrive(barrier, 0.1), arrive(barrier, 0.1)))
    print("broken after the timeouts:", barrier.broken, "| waiting:", barrier.n_waiting)  # (2)!

    waiter = asyncio.create_task(arrive(barrier, 5))
    await asyncio.sleep(0.05)
    await barrier.abort()  # (3)!
    print("a waiter when abort() is called:", await waiter, "| broken:", barrier.broken)
    await barrier.reset()  # (4)!
    print("after reset(), 3 of 3 arrive:", await asyncio.gather(*(arrive(barrier, 5) for _ in range(3))))


if __name__ == "__main__":
    asyncio.run(main())

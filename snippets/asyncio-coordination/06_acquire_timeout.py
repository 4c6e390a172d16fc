# browser: runnable
import asyncio


async def hold(slots: asyncio.Semaphore, seconds: float) -> None:
    async with slots:
        await asyncio.sleep(seconds)


async def try_request(slots: asyncio.Semaphore, patience: float) -> str:
    try:
        await asyncio.wait_for(slots.acquire(), timeout=patience)  # (1)!
    except TimeoutError:  # (2)!
        return f"gave up after {patience} s: service busy"
    try:
        await asyncio.sleep(0.01)  # the request itself
        return f"got a slot within {patience} s"
    finally:
        slots.release()  # (3)!


async def main() -> None:
    slots = asyncio.BoundedSemaphore(2)
    holders = [asyncio.create_task(hold(slots, 0.5)) for _ in range(2)]
    await asyncio.sleep(0)  # let both holders take their slot
    print(await try_request(slots, patience=0.1))
    print(await try_request(slots, patience=5))  # (4)!
    await asyncio.gather(*holders)
    free = 0
    while not slots.locked():  # (5)!
        await slots.acquire()
        free += 1
    print("free permits at the end:", free)


if __name__ == "__main__":
    asyncio.run(main())

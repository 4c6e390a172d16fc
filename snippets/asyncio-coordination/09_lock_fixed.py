# browser: runnable
import asyncio

TASKS = 100
balance = 0


async def deposit(lock: asyncio.Lock) -> None:
    global balance
    async with lock:  # (1)!
        current = balance
        await asyncio.sleep(0)  # e.g. a call to an audit service
        balance = current + 1


async def main() -> None:
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(lock) for _ in range(TASKS)))
    print("with asyncio.Lock:", balance, "of", TASKS)
    print("lock free at the end:", not lock.locked())  # (2)!
    async with lock:
        try:
            async with asyncio.timeout(0.1):
                await lock.acquire()  # (3)!
        except TimeoutError:
            print("acquiring it again while holding it: TimeoutError (not re-entrant)")


if __name__ == "__main__":
    asyncio.run(main())

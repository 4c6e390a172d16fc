# browser: runnable
import asyncio


async def free_permits(sem: asyncio.Semaphore) -> int:
    taken = 0
    while not sem.locked():  # (1)!
        await sem.acquire()
        taken += 1
    for _ in range(taken):
        sem.release()
    return taken


async def buggy_request(sem: asyncio.Semaphore) -> None:
    await sem.acquire()
    try:
        await asyncio.sleep(0.01)
    finally:
        sem.release()
    sem.release()  # (2)!


async def main() -> None:
    plain = asyncio.Semaphore(2)
    await buggy_request(plain)
    print("Semaphore(2) after the bug, free permits:", await free_permits(plain))  # (3)!

    bounded = asyncio.BoundedSemaphore(2)
    try:
        await buggy_request(bounded)
    except ValueError as exc:
        print("BoundedSemaphore(2) caught the bug:", exc)  # (4)!
    print("BoundedSemaphore(2) free permits:", await free_permits(bounded))


if __name__ == "__main__":
    asyncio.run(main())

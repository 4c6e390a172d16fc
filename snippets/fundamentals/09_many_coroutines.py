import asyncio
import threading
import time

COUNT = 100


async def wait_a_bit(i: int) -> int:
    await asyncio.sleep(0.2)  # stands in for a network wait
    return i


async def main() -> None:
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # (1)!
        tasks = [tg.create_task(wait_a_bit(i)) for i in range(COUNT)]
    elapsed = time.perf_counter() - start

    print("tasks finished:", sum(1 for t in tasks if t.done()))
    print("threads in this process:", threading.active_count())  # (2)!
    print(f"{COUNT} waits of 0.2 s overlapped (took < 1 s):", elapsed < 1)


if __name__ == "__main__":
    asyncio.run(main())

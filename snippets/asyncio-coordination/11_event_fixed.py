# browser: runnable
import asyncio
import time

finished_at = 0.0


async def finish_job(job_done: asyncio.Event) -> None:
    global finished_at
    await asyncio.sleep(0.3)  # the same 0.3 s job
    finished_at = time.perf_counter()
    job_done.set()  # (1)!


async def waiter(name: str, job_done: asyncio.Event, woke: list[tuple[str, float]]) -> None:
    await job_done.wait()  # (2)!
    woke.append((name, time.perf_counter() - finished_at))


async def main() -> None:
    job_done = asyncio.Event()
    woke: list[tuple[str, float]] = []
    async with asyncio.timeout(5):  # (3)!
        await asyncio.gather(finish_job(job_done), *(waiter(n, job_done, woke) for n in "abc"))
    print("waiters resumed, once each:", sorted(name for name, _ in woke))
    print("all noticed within 0.1 s:", all(delay < 0.1 for _, delay in woke))
    print("is_set():", job_done.is_set(), "| wait() returns at once:", await job_done.wait())
    job_done.clear()  # (4)!
    print("after clear(), is_set():", job_done.is_set())


if __name__ == "__main__":
    asyncio.run(main())

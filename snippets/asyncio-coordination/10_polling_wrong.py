# browser: runnable
import asyncio
import time

job_finished = False
finished_at = 0.0


async def finish_job() -> None:
    global job_finished, finished_at
    await asyncio.sleep(0.3)  # the job takes 0.3 s
    job_finished, finished_at = True, time.perf_counter()


async def poll(interval: float) -> tuple[int, float]:
    wakeups = 0
    while not job_finished:  # (1)!
        await asyncio.sleep(interval)
        wakeups += 1
    return wakeups, time.perf_counter() - finished_at  # (2)!


async def main() -> None:
    _, fast, slow = await asyncio.gather(finish_job(), poll(0.01), poll(0.6))
    print("poll every 0.01 s, woke up more than 5 times:", fast[0] > 5)  # (3)!
    print("poll every 0.6 s, noticed more than 0.1 s late:", slow[1] > 0.1)  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

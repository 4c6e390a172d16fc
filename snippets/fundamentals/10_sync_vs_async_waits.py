# browser: runnable
import asyncio
import time

WAITS = (0.1, 0.2, 0.3)  # three slow replies, e.g. from three servers; 0.6 s in total


def fetch_sync(delay: float) -> float:
    time.sleep(delay)  # (1)!
    return delay


async def fetch_async(delay: float) -> float:
    await asyncio.sleep(delay)  # (2)!
    return delay


async def run_async() -> tuple[float, float]:
    start = time.perf_counter()
    for delay in WAITS:
        await fetch_async(delay)  # (3)!
    one_by_one = time.perf_counter() - start

    start = time.perf_counter()
    await asyncio.gather(*(fetch_async(delay) for delay in WAITS))  # (4)!
    gathered = time.perf_counter() - start
    return one_by_one, gathered


def main() -> None:
    start = time.perf_counter()
    for delay in WAITS:
        fetch_sync(delay)
    sync = time.perf_counter() - start
    one_by_one, gathered = asyncio.run(run_async())

    print("sync calls took the sum of the waits:", sync >= 0.59)
    print("awaiting one by one also took the sum:", one_by_one >= 0.59)
    print("gather took about as long as the longest wait:", 0.29 <= gathered < 0.45)


if __name__ == "__main__":
    main()

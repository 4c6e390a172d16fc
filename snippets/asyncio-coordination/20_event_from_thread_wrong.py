import asyncio
import threading
import time


async def main() -> None:
    report_ready = asyncio.Event()
    set_at: list[float] = []

    def worker() -> None:  # runs in another thread
        time.sleep(0.3)  # blocking work, e.g. a legacy client library
        set_at.append(time.perf_counter())
        report_ready.set()  # (1)!

    thread = threading.Thread(target=worker)
    thread.start()
    async with asyncio.timeout(1.5):  # (2)!
        await report_ready.wait()
    woke_at = time.perf_counter()
    await asyncio.to_thread(thread.join, 5)
    print("the waiter saw the event:", report_ready.is_set())
    print("the waiter woke up when the event was set:", woke_at - set_at[0] < 0.5)  # (3)!


if __name__ == "__main__":
    asyncio.run(main(), debug=False)  # (4)!

import asyncio
import threading
import time


async def lookup(key: str) -> str:  # a coroutine the thread wants to run
    await asyncio.sleep(0.01)
    return key.upper()


async def main() -> None:
    loop = asyncio.get_running_loop()  # (1)!
    report_ready = asyncio.Event()
    set_at: list[float] = []
    answers: list[str] = []

    def worker() -> None:  # runs in another thread
        time.sleep(0.3)
        set_at.append(time.perf_counter())
        loop.call_soon_threadsafe(report_ready.set)  # (2)!
        future = asyncio.run_coroutine_threadsafe(lookup("report"), loop)  # (3)!
        answers.append(future.result(timeout=5))  # (4)!

    thread = threading.Thread(target=worker)
    thread.start()
    async with asyncio.timeout(1.5):
        await report_ready.wait()
    woke_at = time.perf_counter()
    await asyncio.to_thread(thread.join, 5)
    print("the waiter woke up when the event was set:", woke_at - set_at[0] < 0.5)
    print("the thread got the coroutine's result:", answers)


if __name__ == "__main__":
    asyncio.run(main(), debug=False)  # the same conditions as the wrong version

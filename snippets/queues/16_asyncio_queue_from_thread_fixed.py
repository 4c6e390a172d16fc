import asyncio
import threading
import time


async def main() -> None:
    loop = asyncio.get_running_loop()  # (1)!
    q: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
    put_at: list[float] = []

    def worker() -> None:  # runs in another thread
        time.sleep(0.3)  # some blocking work
        put_at.append(time.perf_counter())
        loop.call_soon_threadsafe(q.put_nowait, "first")  # (2)!
        asyncio.run_coroutine_threadsafe(q.put("second"), loop).result(timeout=5)  # (3)!

    thread = threading.Thread(target=worker)
    thread.start()
    async with asyncio.timeout(1.5):
        first = await q.get()
        woke_at = time.perf_counter()
        second = await q.get()
    await asyncio.to_thread(thread.join, 5)  # join without blocking the loop
    print("got:", first, second)
    print("consumer woke up when the item was put:", woke_at - put_at[0] < 0.5)


if __name__ == "__main__":
    asyncio.run(main(), debug=False)  # same conditions as the first program

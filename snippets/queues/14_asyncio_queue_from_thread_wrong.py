import asyncio
import threading
import time


async def main() -> None:
    q: asyncio.Queue[str] = asyncio.Queue()
    put_at: list[float] = []

    def worker() -> None:  # runs in another thread
        time.sleep(0.3)  # some blocking work
        put_at.append(time.perf_counter())
        q.put_nowait("result")  # (1)!

    thread = threading.Thread(target=worker)
    thread.start()
    async with asyncio.timeout(1.5):  # (2)!
        item = await q.get()
    woke_at = time.perf_counter()
    await asyncio.to_thread(thread.join, 5)  # join without blocking the loop
    print("got:", item)
    print("consumer woke up when the item was put:", woke_at - put_at[0] < 0.5)  # (3)!


if __name__ == "__main__":
    asyncio.run(main(), debug=False)  # (4)!

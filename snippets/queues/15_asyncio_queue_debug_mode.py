import asyncio
import threading
import time


def worker(q: asyncio.Queue[str], waiting: threading.Event, errors: list[str]) -> None:
    waiting.wait(timeout=5)
    time.sleep(0.1)  # the consumer is now inside await q.get()
    try:
        q.put_nowait("result")  # the same mistake as before
    except RuntimeError as exc:
        errors.append(str(exc))  # (1)!


async def consume(q: asyncio.Queue[str], waiting: threading.Event) -> None:
    waiting.set()
    async with asyncio.timeout(0.5):
        await q.get()


def main() -> None:
    q: asyncio.Queue[str] = asyncio.Queue()
    waiting = threading.Event()
    errors: list[str] = []
    producer = threading.Thread(target=worker, args=(q, waiting, errors))
    loop_thread = threading.Thread(  # (2)!
        target=lambda: asyncio.run(consume(q, waiting), debug=True), daemon=True)
    producer.start()
    loop_thread.start()
    producer.join(timeout=5)
    loop_thread.join(timeout=2)
    print("put_nowait() from another thread raised:", errors)
    print("consumer still stuck after its 0.5 s timeout:", loop_thread.is_alive())  # (3)!


if __name__ == "__main__":
    main()

import asyncio
import threading


async def fetch(page: int) -> str:
    await asyncio.sleep(0.1)  # a network wait
    return f"page {page}"


def main() -> None:  # plain synchronous code
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever)  # (1)!
    thread.start()
    try:
        futures = [asyncio.run_coroutine_threadsafe(fetch(n), loop) for n in range(5)]  # (2)!
        print("results:", [f.result(timeout=5) for f in futures])

        slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.3, "late"), loop)
        try:
            slow.result(timeout=0.05)  # (3)!
        except TimeoutError:
            print("result(timeout=0.05) timed out; still running:", not slow.done())
        print("waiting longer:", slow.result(timeout=5))
    finally:
        loop.call_soon_threadsafe(loop.stop)  # (4)!
        thread.join(timeout=5)
        loop.close()
    print("loop thread finished:", not thread.is_alive(), "| loop closed:", loop.is_closed())


if __name__ == "__main__":
    main()

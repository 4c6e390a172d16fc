# browser: runnable
import asyncio

MIRRORS = {"mirror-a": 0.5, "mirror-b": 0.05, "mirror-c": 0.6}  # name: reply time in s


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"file from {name}"


async def main() -> None:
    tasks = {asyncio.create_task(download(n, s), name=n) for n, s in MIRRORS.items()}
    done, pending = await asyncio.wait(tasks, timeout=5, return_when=asyncio.FIRST_COMPLETED)  # (1)!
    print("first reply:", [t.result() for t in done], "| still running:", len(pending))
    for task in pending:
        task.cancel()  # (2)!
    done, pending = await asyncio.wait(pending, timeout=5)  # (3)!
    print("after cancel():", len(done), "done, all cancelled:", all(t.cancelled() for t in done))

    slow = asyncio.create_task(asyncio.sleep(10))
    done, pending = await asyncio.wait({slow}, timeout=0.05)  # (4)!
    print("timeout expired without an exception; still pending:", slow in pending)
    slow.cancel()
    await asyncio.wait({slow}, timeout=5)

    coro = download("mirror-a", 0)
    try:
        await asyncio.wait([coro])  # (5)!
    except TypeError as exc:
        coro.close()
        print("wait() with a coroutine: TypeError:", exc)


if __name__ == "__main__":
    asyncio.run(main())

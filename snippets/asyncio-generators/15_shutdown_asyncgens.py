# browser: unsupported (own-loop)
import asyncio
import gc
from collections.abc import AsyncIterator

finished: list[str] = []
still_referenced: list[AsyncIterator[int]] = []  # (1)!


async def ticks(label: str) -> AsyncIterator[int]:
    try:
        for n in range(100):
            await asyncio.sleep(0)
            yield n
    finally:
        await asyncio.sleep(0)
        finished.append(label)


async def start_and_forget(label: str) -> None:
    stream = ticks(label)
    still_referenced.append(stream)
    await anext(stream)  # (2)!


def main() -> None:
    loop = asyncio.new_event_loop()
    loop.run_until_complete(start_and_forget("bare loop"))
    loop.close()  # (3)!

    loop = asyncio.new_event_loop()
    loop.run_until_complete(start_and_forget("loop + shutdown_asyncgens"))
    loop.run_until_complete(loop.shutdown_asyncgens())  # (4)!
    loop.close()

    asyncio.run(start_and_forget("asyncio.run"))  # (5)!

    still_referenced.clear()
    gc.collect()  # (6)!
    for label in ("bare loop", "loop + shutdown_asyncgens", "asyncio.run"):
        print(f"{label}: finally block ran: {label in finished}")


if __name__ == "__main__":
    main()

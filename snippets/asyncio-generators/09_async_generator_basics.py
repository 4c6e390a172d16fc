# browser: runnable
import asyncio
import inspect
from collections.abc import AsyncGenerator


async def data_stream(count: int) -> AsyncGenerator[dict[str, object], None]:  # (1)!
    print("  stream: started")
    for i in range(count):
        await asyncio.sleep(0.05)  # (2)!
        print(f"  stream: yielding {i}")
        yield {"id": i, "data": f"reading-{i}"}  # (3)!
    print("  stream: finished")


async def heartbeat(beats: list[int]) -> None:
    while True:
        await asyncio.sleep(0.01)
        beats.append(1)


async def main() -> None:
    stream = data_stream(3)  # (4)!
    print("is an async generator:", inspect.isasyncgen(stream))
    beats: list[int] = []
    other = asyncio.create_task(heartbeat(beats))
    async for item in stream:  # (5)!
        print("consumer got", item)
    other.cancel()
    await asyncio.wait([other], timeout=1)
    print("another task ran while the stream waited:", len(beats) >= 3)  # (6)!


if __name__ == "__main__":
    asyncio.run(main())

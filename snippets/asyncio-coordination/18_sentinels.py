# browser: runnable
import asyncio

STOP = object()  # (1)!


async def consumer(q: asyncio.Queue, handled: list[int]) -> None:
    while (item := await q.get()) is not STOP:  # (2)!
        await asyncio.sleep(0.01)  # process the item
        handled.append(item)


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=3)
    handled: list[int] = []
    consumers = [asyncio.create_task(consumer(q, handled)) for _ in range(2)]
    async with asyncio.timeout(5):
        for item in range(8):
            await q.put(item)
        for _ in consumers:
            await q.put(STOP)  # (3)!
        await asyncio.gather(*consumers)  # (4)!
    print("items handled:", sorted(handled))
    print("every consumer returned by itself:", all(t.done() and not t.cancelled() for t in consumers))


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio


async def producer(q: asyncio.Queue[int], count: int) -> None:
    for item in range(count):
        await q.put(item)  # (1)!


async def consumer(q: asyncio.Queue[int], results: list[int]) -> None:
    while True:  # (2)!
        item = await q.get()
        try:
            await asyncio.sleep(0.01)  # process the item
            results.append(item * item)
        finally:
            q.task_done()  # (3)!


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=10)
    results: list[int] = []
    consumers = [asyncio.create_task(consumer(q, results)) for _ in range(3)]
    async with asyncio.timeout(5):
        await producer(q, 20)
        await q.join()  # (4)!
    for task in consumers:
        task.cancel()  # (5)!
    outcomes = await asyncio.gather(*consumers, return_exceptions=True)
    print("items processed:", len(results), "| sum of squares:", sum(results))
    print("queue empty after join():", q.empty())
    print("consumers stopped by cancel():", all(isinstance(o, asyncio.CancelledError) for o in outcomes))


if __name__ == "__main__":
    asyncio.run(main())

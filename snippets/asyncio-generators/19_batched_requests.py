# browser: runnable
import asyncio
import time
from collections.abc import AsyncIterable, AsyncIterator


async def incoming_ids(count: int) -> AsyncIterator[int]:
    for n in range(count):
        await asyncio.sleep(0)  # ids arrive one by one, e.g. from a message queue
        yield n


async def fetch(item_id: int) -> dict[str, int]:
    await asyncio.sleep(0.1)  # (1)!
    return {"id": item_id, "status": 200}


async def batched(items: AsyncIterable[int], size: int) -> AsyncIterator[list[int]]:  # (2)!
    batch: list[int] = []
    async for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch  # (3)!


async def fetch_in_batches(ids: AsyncIterable[int], size: int) -> AsyncIterator[dict[str, int]]:
    async for batch in batched(ids, size):
        responses = await asyncio.gather(*(fetch(i) for i in batch))  # (4)!
        print(f"batch {batch}: {len(responses)} responses")
        for response in responses:
            yield response


async def main() -> None:
    start = time.perf_counter()
    results = [r async for r in fetch_in_batches(incoming_ids(10), size=4)]
    elapsed = time.perf_counter() - start
    print("all 10 fetched, in order:", [r["id"] for r in results] == list(range(10)))
    print("took about 3 request times, not 10 (0.28-0.8 s):", 0.28 <= elapsed < 0.8)


if __name__ == "__main__":
    asyncio.run(main())

# requires: 3.13
# browser: runnable
import asyncio


async def consumer(q: asyncio.Queue[int], handled: list[int]) -> None:
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:  # (1)!
            return
        await asyncio.sleep(0.01)  # process the item
        handled.append(item)
        q.task_done()


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=3)
    handled: list[int] = []
    consumers = [asyncio.create_task(consumer(q, handled)) for _ in range(2)]
    async with asyncio.timeout(5):
        for item in range(8):
            await q.put(item)
        q.shutdown()  # (2)!
        await asyncio.gather(*consumers)
    print("items handled:", sorted(handled))
    try:
        await q.put(99)
    except asyncio.QueueShutDown:
        print("put() after shutdown(): QueueShutDown")

    backlog: asyncio.Queue[int] = asyncio.Queue()
    for item in range(5):
        backlog.put_nowait(item)
    backlog.shutdown(immediate=True)  # (3)!
    print("after shutdown(immediate=True), items left:", backlog.qsize())
    await asyncio.wait_for(backlog.join(), timeout=1)  # (4)!
    print("join() returned: the discarded items count as done")


if __name__ == "__main__":
    asyncio.run(main())

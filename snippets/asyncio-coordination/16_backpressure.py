# browser: runnable
import asyncio


async def run(maxsize: int) -> None:
    q: asyncio.Queue[int] = asyncio.Queue(maxsize=maxsize)
    consumed = most_waiting = 0
    consumed_when_done = -1

    async def producer() -> None:
        nonlocal most_waiting, consumed_when_done
        for item in range(10):
            await q.put(item)  # (1)!
            most_waiting = max(most_waiting, q.qsize())
        consumed_when_done = consumed

    async def consumer() -> None:
        nonlocal consumed
        for _ in range(10):
            await q.get()
            consumed += 1
            await asyncio.sleep(0.01)  # a slow step, e.g. a database write

    async with asyncio.timeout(5):
        await asyncio.gather(producer(), consumer())
    print(f"maxsize={maxsize}: most items waiting at once: {most_waiting},"
          f" consumed when the producer finished: {consumed_when_done}")  # (2)!


async def main() -> None:
    await run(maxsize=0)  # 0 means unbounded
    await run(maxsize=2)


if __name__ == "__main__":
    asyncio.run(main())

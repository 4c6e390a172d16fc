# browser: runnable
import asyncio


async def job(n: int) -> int:
    await asyncio.sleep(0.05 * n)
    return n


async def main() -> None:
    print("gather:", await asyncio.gather(*(job(n) for n in (3, 1, 2))))  # (1)!
    for next_done in asyncio.as_completed([job(n) for n in (3, 1, 2)]):
        print("as_completed:", await next_done)

    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]  # (2)!
    for next_done in asyncio.as_completed(tasks):
        print("as_completed over tasks:", await next_done)
    print("gather over the same tasks:", await asyncio.gather(*tasks))  # (3)!
    print("a finished task can be awaited again:", await tasks[0])


if __name__ == "__main__":
    asyncio.run(main())

# requires: 3.13
# browser: runnable
import asyncio

MIRRORS = {"mirror-a": 0.15, "mirror-b": 0.05, "mirror-c": 0.1}  # name: reply time in s


async def download(seconds: float) -> int:
    await asyncio.sleep(seconds)
    return round(seconds * 1000)


async def main() -> None:
    tasks = [asyncio.create_task(download(s), name=name) for name, s in MIRRORS.items()]
    async for task in asyncio.as_completed(tasks):  # (1)!
        print(f"{task.get_name()} done: {task.result()} ms, one of our tasks: {task in tasks}")

    tasks = [asyncio.create_task(download(s), name=name) for name, s in MIRRORS.items()]
    for next_done in asyncio.as_completed(tasks):  # (2)!
        print("plain for gives a new awaitable, not our task:", next_done not in tasks, await next_done)


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio


async def sender(queue: asyncio.Queue[str]) -> None:
    for n in range(5):
        await asyncio.sleep(0.05)
        await queue.put(f"msg{n}")  # (1)!


async def receive(queue: asyncio.Queue[str], idle: float) -> list[str]:
    loop = asyncio.get_running_loop()
    received: list[str] = []
    try:
        async with asyncio.timeout(None) as cm:  # (2)!
            print("deadline at the start:", cm.when())
            while True:
                cm.reschedule(loop.time() + idle)  # (3)!
                received.append(await queue.get())
    except TimeoutError:
        print(f"no message for {idle} s: the stream is idle")
    return received


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sender(queue))
        result = tg.create_task(receive(queue, idle=0.5))
    print("received:", result.result())  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio


def state(task: asyncio.Task) -> str:
    return "cancelled" if task.cancelled() else "done" if task.done() else "pending"


async def download(name: str, size: int) -> str:
    chunks = 0
    try:
        while chunks < size:
            await asyncio.sleep(0.05)  # (1)!
            chunks += 1
        return f"{name} complete"
    except asyncio.CancelledError as exc:
        print(f"{name}: cancelled mid-download ({exc.args[0]}), deleting the partial file")  # (2)!
        raise  # (3)!


async def main() -> None:
    small = asyncio.create_task(download("small.txt", size=1))
    big = asyncio.create_task(download("big.iso", size=20))
    print("after create_task:", state(big))
    await asyncio.sleep(0.12)
    print("cancel() returned:", big.cancel("user pressed stop"))  # (4)!
    print("right after cancel():", state(big))  # (5)!
    try:
        await big
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError; state:", state(big))
    print("cancel() on a finished task returns:", big.cancel(), small.cancel())  # (6)!
    print(small.result(), "|", state(small))


if __name__ == "__main__":
    asyncio.run(main())

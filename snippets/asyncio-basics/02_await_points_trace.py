# browser: runnable
import asyncio


async def worker(name: str, waits: list[float]) -> None:
    for step, seconds in enumerate(waits, 1):
        print(f"{name}: step {step} runs, then waits {seconds} s")  # (1)!
        await asyncio.sleep(seconds)  # (2)!
    print(f"{name}: finished")


async def main() -> None:
    a = asyncio.create_task(worker("A", [0.02, 0.06]))
    b = asyncio.create_task(worker("B", [0.04, 0]))  # (3)!
    print("main: two tasks created; neither has run yet")
    await asyncio.gather(a, b)  # (4)!
    print("main: both tasks finished")


if __name__ == "__main__":
    asyncio.run(main())

import asyncio
import threading


async def worker(name: str, steps: int, threads: set[int]) -> None:
    for step in range(1, steps + 1):
        threads.add(threading.get_ident())
        print(f"{name}: step {step}")
        await asyncio.sleep(0)  # (1)!


async def main() -> None:
    threads: set[int] = set()
    await asyncio.gather(worker("A", 3, threads), worker("B", 3, threads))  # (2)!
    print("threads used:", len(threads))


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio
import time


async def phase(name: str, seconds: float, deadline: float) -> None:
    async with asyncio.timeout_at(deadline):  # (1)!
        await asyncio.sleep(seconds)
    print(f"{name}: done")


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    deadline = loop.time() + 0.3  # (2)!
    try:
        await phase("resolve", 0.1, deadline)
        await phase("handshake", 0.1, deadline)
        await phase("transfer", 1.0, deadline)  # (3)!
    except TimeoutError:
        print("transfer: ran out of the shared budget")
    elapsed = time.perf_counter() - start
    print("all phases together kept to 0.3 s:", 0.25 < elapsed < 0.6)


if __name__ == "__main__":
    asyncio.run(main())

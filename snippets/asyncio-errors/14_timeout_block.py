# browser: runnable
import asyncio
import time


async def step(name: str, seconds: float, log: list[str]) -> None:
    try:
        await asyncio.sleep(seconds)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main() -> None:
    log: list[str] = []
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.25) as cm:  # (1)!
            await step("connect", 0.1, log)
            await step("login", 0.1, log)
            await step("download", 1.0, log)  # (2)!
    except TimeoutError as exc:  # (3)!
        log.append(f"caught {type(exc).__name__}")
    elapsed = time.perf_counter() - start
    print(log)
    print("cm.expired():", cm.expired())
    print("stopped near the 0.25 s budget:", 0.2 < elapsed < 0.6)
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio
import time


def parse(seconds: float) -> None:
    end = time.perf_counter() + seconds  # (1)!
    while time.perf_counter() < end:
        pass


async def handle_request(backend_replied: asyncio.Event) -> None:
    await backend_replied.wait()  # waiting for the backend
    parse(0.006)  # 6 ms of CPU work on the reply


async def ticker(lateness: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        due = time.perf_counter() + 0.01
        await asyncio.sleep(0.01)  # (2)!
        lateness.append(time.perf_counter() - due)


async def main() -> None:
    lateness: list[float] = []
    stop, backend_replied = asyncio.Event(), asyncio.Event()
    tick = asyncio.create_task(ticker(lateness, stop))
    start = time.perf_counter()
    requests = [asyncio.create_task(handle_request(backend_replied)) for _ in range(50)]
    await asyncio.sleep(0.05)
    backend_replied.set()  # (3)!
    await asyncio.gather(*requests)
    elapsed = time.perf_counter() - start
    stop.set()
    await tick
    print("50 requests served in under 2 s:", elapsed < 2)
    print("every 10 ms tick on time within 10 ms:", max(lateness) < 0.01)
    print("worst tick late by more than 0.2 s:", max(lateness) > 0.2)  # (4)!


if __name__ == "__main__":
    asyncio.run(main(), debug=False)  # (5)!

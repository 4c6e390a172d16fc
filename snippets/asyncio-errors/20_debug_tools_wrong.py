# browser: unsupported (timing)
import asyncio
import logging
import logging.handlers
import time

captured = logging.handlers.BufferingHandler(capacity=100)  # (1)!
logging.getLogger("asyncio").addHandler(captured)


async def lookup(key: str) -> str:
    time.sleep(0.15)  # (2)!
    return key.upper()


async def program() -> None:
    tasks = [asyncio.create_task(lookup(k)) for k in "abc"]  # (3)!
    results = await asyncio.wait_for(asyncio.gather(*tasks), timeout=2)
    by_completion = [await next_done for next_done in asyncio.as_completed(tasks)]
    print("results:", results, "| as_completed:", sorted(by_completion))


def main() -> None:
    start = time.perf_counter()
    asyncio.run(program(), debug=False)  # (4)!
    elapsed = time.perf_counter() - start
    print("the three lookups ran one after another (>= 0.45 s):", elapsed >= 0.45)
    print("messages from asyncio about it:", len(captured.buffer))  # (5)!


if __name__ == "__main__":
    main()

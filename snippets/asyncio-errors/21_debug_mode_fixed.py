# browser: unsupported (debug-mode)
import asyncio
import logging
import logging.handlers
import re
import time

captured = logging.handlers.BufferingHandler(capacity=100)
logging.getLogger("asyncio").addHandler(captured)
logging.getLogger("asyncio").propagate = False  # (1)!


def tidy(message: str) -> str:
    message = re.sub(r", defined at \S+:\d+(?=>)|\s+created at \S+:\d+(?=>)", "", message)  # (2)!
    return re.sub(r"took \d+\.\d+ seconds", "took N seconds", message)


async def blocking_lookup(key: str) -> str:
    time.sleep(0.2)
    return key.upper()


async def lookup(key: str) -> str:
    await asyncio.sleep(0.2)  # (3)!
    return key.upper()


async def program(fn) -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fn(k), name=f"lookup-{k}") for k in "abc"]
    print(f"{fn.__name__}: results {[t.result() for t in tasks]}")


def main() -> None:
    for fn in (blocking_lookup, lookup):
        captured.buffer.clear()
        start = time.perf_counter()
        asyncio.run(program(fn), debug=True)  # (4)!
        print(f"{fn.__name__}: finished in under 0.5 s: {time.perf_counter() - start < 0.5}")
        for record in captured.buffer:
            print(f"  {record.levelname} {tidy(record.getMessage())}")  # (5)!


if __name__ == "__main__":
    main()

# browser: runnable
import asyncio
import time

PAGES = {"a": (0.30, 0.05), "b": (0.10, 0.25), "c": (0.20, 0.10)}  # page: (fetch s, process s)


async def fetch(page: str) -> str:
    await asyncio.sleep(PAGES[page][0])  # a network wait
    return f"<{page}>"


async def process(page: str, raw: str) -> str:
    await asyncio.sleep(PAGES[page][1])  # e.g. a call to a parsing service
    return raw.upper()


async def fetch_and_process(page: str) -> str:
    raw = await fetch(page)
    return await process(page, raw)


async def main() -> None:
    start = time.perf_counter()
    raw = await asyncio.gather(*(fetch(page) for page in PAGES))  # (1)!
    staged = await asyncio.gather(*(process(page, r) for page, r in zip(PAGES, raw, strict=True)))
    t_staged = time.perf_counter() - start

    start = time.perf_counter()
    chained = await asyncio.gather(*(fetch_and_process(page) for page in PAGES))  # (2)!
    t_chained = time.perf_counter() - start

    print("same results:", staged == chained, staged)
    print("two stages took max fetch + max process (0.55 s):", 0.54 <= t_staged < 0.75)
    print("chained took the slowest single page (0.35 s):", 0.34 <= t_chained < 0.5)


if __name__ == "__main__":
    asyncio.run(main())

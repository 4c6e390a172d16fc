# browser: runnable
import asyncio


async def fetch(page: int) -> str:
    await asyncio.sleep(0.05 * page)
    if page % 3 == 0:
        raise ConnectionError(f"page {page} unreachable")
    return f"page {page}: ok"


async def main() -> None:
    pages = [1, 2, 3, 4, 5, 6]
    results = await asyncio.gather(*(fetch(p) for p in pages), return_exceptions=True)  # (1)!
    print("gather returned", len(results), "items, in input order")
    ok = [r for r in results if not isinstance(r, BaseException)]  # (2)!
    failed = {p: r for p, r in zip(pages, results, strict=True) if isinstance(r, BaseException)}
    for line in ok:
        print(line)
    for page, exc in failed.items():
        print(f"page {page} failed:", repr(exc))  # (3)!
    print(f"{len(ok)} succeeded, {len(failed)} failed")


if __name__ == "__main__":
    asyncio.run(main())

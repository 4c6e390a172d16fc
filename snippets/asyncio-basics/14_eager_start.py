# requires: 3.14
# browser: unsupported (eager)
import asyncio


async def lookup(key: str) -> str:
    return key.upper()  # finishes without ever waiting


async def main() -> None:
    lazy = asyncio.create_task(lookup("lazy"))
    eager = asyncio.create_task(lookup("eager"), eager_start=True)  # (1)!
    print("default task done right after create_task:", lazy.done())
    print("eager_start=True task done right after create_task:", eager.done())
    print("results:", await lazy, await eager)


if __name__ == "__main__":
    asyncio.run(main())

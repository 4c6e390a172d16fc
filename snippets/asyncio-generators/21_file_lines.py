import asyncio
import tempfile
from collections.abc import AsyncIterator
from contextlib import aclosing
from pathlib import Path

open_files: list[str] = []


async def read_lines(path: Path, chunk_bytes: int = 64 * 1024) -> AsyncIterator[str]:
    with path.open(encoding="utf-8") as file:  # (1)!
        open_files.append(path.name)
        try:
            while lines := await asyncio.to_thread(file.readlines, chunk_bytes):  # (2)!
                for line in lines:
                    yield line.rstrip("\n")
        finally:
            open_files.remove(path.name)  # (3)!


async def scan(log: Path) -> None:
    not_found = 0
    async with aclosing(read_lines(log)) as lines:
        async for line in lines:
            not_found += line.endswith(" 404")
    print("404 lines in the whole file:", not_found)

    async with aclosing(read_lines(log)) as lines:  # (4)!
        async for line in lines:
            if line.endswith(" 404"):
                print("first 404:", line)
                break
    print("files still open after the break:", len(open_files))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "access.log"
        log.write_text("".join(f"GET /page/{n} {404 if n % 7 == 0 else 200}\n" for n in range(10_000)))
        asyncio.run(scan(log))


if __name__ == "__main__":
    main()

import asyncio
import tempfile
from pathlib import Path

import aiofiles

CHUNK = 256 * 1024


def make_sample(path: Path, lines: int) -> None:  # (1)!
    with open(path, "w") as f:
        for i in range(lines):
            f.write(f"record {i:07d} status={'ok' if i % 1000 else 'error'}\n")


async def scan(path: Path) -> tuple[int, int, int, int]:
    size = newlines = errors = largest = 0
    tail = b""
    async with aiofiles.open(path, "rb") as f:
        while chunk := await f.read(CHUNK):  # (2)!
            largest = max(largest, len(chunk))
            size += len(chunk)
            newlines += chunk.count(b"\n")
            complete, _, tail = (tail + chunk).rpartition(b"\n")  # (3)!
            errors += (complete + b"\n").count(b"=error\n")
    return size, newlines, errors, largest


def scan_whole_file(path: Path) -> tuple[int, int, int]:
    data = path.read_bytes()  # (4)!
    return len(data), data.count(b"\n"), data.count(b"=error\n")


async def main(path: Path) -> None:
    size, lines, errors, largest = await scan(path)
    print(f"scanned {size // 2**20} MiB, {lines} lines, {errors} errors;"
          f" never more than {largest // 1024} KiB read at once")
    print("same as reading the whole file in a thread:",
          (size, lines, errors) == await asyncio.to_thread(scan_whole_file, path))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "big.log"
        make_sample(sample, 300_000)
        asyncio.run(main(sample))

import asyncio
import tempfile
from pathlib import Path

import aiofiles
import aiofiles.os


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:  # (1)!
        path = Path(tmp) / "notes.txt"
        async with aiofiles.open(path, "w", encoding="utf-8") as f:  # (2)!
            await f.write("first\n")
            await f.writelines(["second\n", "third\n"])
        async with aiofiles.open(path, "a", encoding="utf-8") as f:  # (3)!
            await f.write("appended\n")

        async with aiofiles.open(path, encoding="utf-8") as f:
            print("read():", repr(await f.read()))
            await f.seek(0)
            print("readline():", repr(await f.readline()))
            print("async for:", [line.rstrip() async for line in f])  # (4)!

        async with aiofiles.open(path, "rb") as f:  # binary mode: bytes
            print("read(5) in binary mode:", await f.read(5))

        stat = await aiofiles.os.stat(path)  # (5)!
        await aiofiles.os.rename(path, Path(tmp) / "old-notes.txt")
        print("size:", stat.st_size, "| files now:", sorted(await aiofiles.os.listdir(tmp)))


if __name__ == "__main__":
    asyncio.run(main())

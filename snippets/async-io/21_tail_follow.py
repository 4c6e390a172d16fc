import asyncio
import contextlib
import os
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiofiles
import aiofiles.os


def produce(path: Path) -> None:  # the same writer as before
    def append(text: str) -> None:
        with open(path, "a") as f:
            f.write(text)

    time.sleep(0.3)
    append("GET /a 200\n")
    time.sleep(0.3)
    append("GET /b 2")
    time.sleep(0.3)
    append("00\n")
    time.sleep(0.3)
    with open(path, "w") as f:
        f.write("GET /c 500\n")
    time.sleep(0.3)
    os.rename(path, f"{path}.1")
    time.sleep(0.3)
    append("GET /d 404\n")
    time.sleep(0.3)


async def follow(path: Path, poll: float = 0.05) -> AsyncIterator[str]:
    f = await aiofiles.open(path, "rb")  # (1)!
    try:
        await f.seek(0, os.SEEK_END)
        inode, partial = os.fstat(f.fileno()).st_ino, b""
        while True:
            if chunk := await f.readline():
                partial += chunk
                if partial.endswith(b"\n"):  # (2)!
                    yield partial.decode().rstrip("\n")
                    partial = b""
                continue
            try:
                st = await aiofiles.os.stat(path)
            except FileNotFoundError:  # rotated, new file not there yet
                st = None
            if st is not None and st.st_ino != inode:  # (3)!
                await f.close()
                f = await aiofiles.open(path, "rb")
                inode = os.fstat(f.fileno()).st_ino
            elif st is not None and st.st_size < await f.tell():  # (4)!
                await f.seek(0)
            else:
                await asyncio.sleep(poll)
    finally:
        await f.close()  # (5)!


def parse(line: str) -> tuple[str, str, int]:
    method, target, status = line.split()
    return method, target, int(status)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "access.log"
        path.write_text("server started\nlistening\n")
        writer = asyncio.create_task(asyncio.to_thread(produce, path))
        requests = []
        async with asyncio.timeout(10):
            async with contextlib.aclosing(follow(path)) as lines:  # (6)!
                async for line in lines:
                    requests.append(parse(line))
                    if len(requests) == 4:
                        break
            await writer
    for request in requests:
        print(request)


if __name__ == "__main__":
    asyncio.run(main())

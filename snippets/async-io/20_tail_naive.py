import asyncio
import os
import tempfile
import time
from pathlib import Path

import aiofiles


def produce(path: Path, seen: list[str]) -> None:  # (1)!
    def append(text: str) -> None:
        with open(path, "a") as f:
            f.write(text)

    def until_seen(line: str) -> None:  # the tail has read this far (or 5 s have passed)
        deadline = time.monotonic() + 5
        while line not in seen and time.monotonic() < deadline:
            time.sleep(0.01)

    time.sleep(0.3)  # the tail starts first
    append("GET /a 200\n")
    until_seen("GET /a 200")
    append("GET /b 2")  # (2)!
    until_seen("GET /b 2")
    append("00\n")
    until_seen("00")
    with open(path, "w") as f:  # (3)!
        f.write("GET /c 500\n")
    time.sleep(0.3)
    os.rename(path, f"{path}.1")  # (4)!
    time.sleep(0.3)
    append("GET /d 404\n")  # a new access.log
    time.sleep(0.3)


async def naive_tail(path: Path, seen: list[str]) -> None:
    async with aiofiles.open(path) as f:
        await f.seek(0, 2)  # (5)!
        while True:
            line = await f.readline()
            if line:
                seen.append(line.strip())
            else:
                await asyncio.sleep(0.1)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "access.log"
        path.write_text("server started\nlistening\n")
        seen: list[str] = []
        tail = asyncio.create_task(naive_tail(path, seen))
        await asyncio.wait_for(asyncio.to_thread(produce, path, seen), timeout=20)
        tail.cancel()  # (6)!
        await asyncio.gather(tail, return_exceptions=True)
    expected = ["GET /a 200", "GET /b 200", "GET /c 500", "GET /d 404"]
    print("naive tail saw:", seen)
    print("missed:", [line for line in expected if line not in seen])


if __name__ == "__main__":
    asyncio.run(main())

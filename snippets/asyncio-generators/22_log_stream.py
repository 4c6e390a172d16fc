# browser: runnable
import asyncio
from collections.abc import AsyncGenerator
from dataclasses import dataclass


@dataclass
class HTTPRequest:
    method: str
    path: str
    status: int


class LogCapturer:
    def __init__(self) -> None:
        self.lines: list[str] = []  # (1)!
        self.is_running = True
        self.wakeup = asyncio.Event()

    def append(self, line: str) -> None:
        self.lines.append(line)
        self.wakeup.set()

    def stop(self) -> None:
        self.is_running = False
        self.wakeup.set()  # (2)!

    async def capture_stream(self) -> AsyncGenerator[HTTPRequest, None]:
        seen = 0
        try:
            while self.is_running:
                if seen == len(self.lines):
                    self.wakeup.clear()
                    await self.wakeup.wait()  # (3)!
                    continue
                parts = self.lines[seen].split()
                seen += 1
                if len(parts) == 3 and parts[2].isdigit():  # (4)!
                    yield HTTPRequest(parts[0], parts[1], int(parts[2]))
        finally:
            print(f"capture_stream: finished after {seen} lines")


async def write_log(capturer: LogCapturer) -> None:
    for line in ("GET /index.html 200", "POST /login 302", "garbage", "GET /missing 404"):
        await asyncio.sleep(0.02)
        capturer.append(line)


async def stop_after(writer: asyncio.Task[None], capturer: LogCapturer) -> None:
    await writer  # e.g. a shutdown request arrives
    capturer.stop()  # (5)!


async def main() -> None:
    capturer = LogCapturer()
    async with asyncio.timeout(5), asyncio.TaskGroup() as tg:
        writer = tg.create_task(write_log(capturer))
        tg.create_task(stop_after(writer, capturer))
        async for request in capturer.capture_stream():
            print("captured", request)


if __name__ == "__main__":
    asyncio.run(main())

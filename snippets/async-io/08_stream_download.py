import asyncio
import contextlib
import hashlib
import random
import tempfile
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import aiofiles
import aiohttp
from aiohttp import web

PAYLOAD = random.Random(1).randbytes(8 * 1024 * 1024)  # 8 MiB to serve
PAYLOAD_SHA256 = hashlib.sha256(PAYLOAD).hexdigest()
CHUNK = 256 * 1024


async def download(request: web.Request) -> web.StreamResponse:
    resp = web.StreamResponse(headers={"X-SHA256": PAYLOAD_SHA256})
    resp.content_length = len(PAYLOAD)
    await resp.prepare(request)
    view = memoryview(PAYLOAD)
    for start in range(0, len(PAYLOAD), CHUNK):  # (1)!
        await resp.write(view[start:start + CHUNK])
    return resp


@contextlib.asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def save_streaming(session: aiohttp.ClientSession, path: Path) -> tuple[bool, int]:
    digest, largest = hashlib.sha256(), 0
    async with session.get("/big") as resp, aiofiles.open(path, "wb") as out:
        async for chunk in resp.content.iter_chunked(CHUNK):  # (2)!
            largest = max(largest, len(chunk))
            digest.update(chunk)
            await out.write(chunk)
        return digest.hexdigest() == resp.headers["X-SHA256"], largest


async def save_all_at_once(session: aiohttp.ClientSession, path: Path) -> None:
    async with session.get("/big") as resp:
        body = await resp.read()  # (3)!
    async with aiofiles.open(path, "wb") as out:
        await out.write(body)


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/big", download)])
    async with serve(app) as base_url, aiohttp.ClientSession(
            base_url, timeout=aiohttp.ClientTimeout(total=20)) as session:
        with tempfile.TemporaryDirectory() as tmp:
            tracemalloc.start()
            ok, largest = await save_streaming(session, Path(tmp) / "a.bin")
            _, peak_streaming = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            await save_all_at_once(session, Path(tmp) / "b.bin")
            _, peak_at_once = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            size = (Path(tmp) / "a.bin").stat().st_size
            print(f"streamed {size // 2**20} MiB, checksum ok: {ok}, largest chunk <= 256 KiB: {largest <= CHUNK}")
            print("streaming: peak memory under half the file size:", peak_streaming < size / 2)  # (4)!
            print("read(): peak memory at least the file size:", peak_at_once >= size)


if __name__ == "__main__":
    asyncio.run(main())

import asyncio
import contextlib
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web


async def slow(request: web.Request) -> web.Response:
    await asyncio.sleep(float(request.query["seconds"]))
    return web.Response(text="slow reply")


async def trickle(request: web.Request) -> web.StreamResponse:
    resp = web.StreamResponse()
    await resp.prepare(request)
    for _ in range(6):  # 6 chunks, one every 0.1 s: slow overall, never silent for long
        await resp.write(b"chunk ")
        await asyncio.sleep(0.1)
    return resp


@contextlib.asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app, handler_cancellation=True)  # (1)!
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def attempt(session: aiohttp.ClientSession, label: str, path: str, timeout: aiohttp.ClientTimeout) -> None:
    try:
        async with session.get(path, timeout=timeout) as resp:
            print(f"{label}: ok, {len(await resp.read())} bytes")
    except TimeoutError as exc:  # (2)!
        print(f"{label}: {type(exc).__name__}")


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/slow", slow), web.get("/trickle", trickle)])
    async with serve(app) as base_url:
        default = aiohttp.ClientTimeout(total=1.0, connect=0.5)  # (3)!
        cases = [("0.1 s reply, session default", "/slow?seconds=0.1", default),
                 ("2 s reply, total=0.3", "/slow?seconds=2", aiohttp.ClientTimeout(total=0.3)),  # (4)!
                 ("trickle, total=0.3", "/trickle", aiohttp.ClientTimeout(total=0.3)),
                 ("trickle, sock_read=0.3", "/trickle", aiohttp.ClientTimeout(total=None, sock_read=0.3)),  # (5)!
                 ("2 s reply, sock_read=0.3", "/slow?seconds=2", aiohttp.ClientTimeout(total=None, sock_read=0.3))]
        async with aiohttp.ClientSession(base_url, timeout=default) as session:
            for label, path, timeout in cases:
                await attempt(session, label, path, timeout)


if __name__ == "__main__":
    asyncio.run(main())

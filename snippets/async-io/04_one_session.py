import asyncio
import contextlib
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

connections: set[asyncio.BaseTransport] = set()  # the TCP connections the server saw


async def ping(request: web.Request) -> web.Response:
    connections.add(request.transport)  # (1)!
    return web.Response(text="pong")


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


async def session_per_request(url: str) -> None:
    for _ in range(10):
        async with aiohttp.ClientSession() as session:  # (2)!
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
                await resp.text()


async def one_session(url: str) -> None:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:  # (3)!
        for _ in range(10):
            async with session.get(url) as resp:
                await resp.text()


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/ping", ping)])
    async with serve(app) as base_url:
        for style in (session_per_request, one_session):
            connections.clear()
            await style(f"{base_url}/ping")
            print(f"{style.__name__}: 10 requests used {len(connections)} connection(s)")


if __name__ == "__main__":
    asyncio.run(main())

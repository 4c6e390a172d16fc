import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

server_now = server_peak = 0


async def slow(request: web.Request) -> web.Response:
    global server_now, server_peak
    server_now += 1
    server_peak = max(server_peak, server_now)
    await asyncio.sleep(0.2)
    server_now -= 1
    return web.json_response({"page": int(request.match_info["n"])})


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


async def crawl(base_url: str, pages: int, limit: int) -> tuple[int, float]:
    slots = asyncio.Semaphore(limit)  # (1)!
    now = peak = 0

    async def fetch(session: aiohttp.ClientSession, n: int) -> int:
        nonlocal now, peak
        async with slots:  # (2)!
            now += 1
            peak = max(peak, now)
            try:
                async with session.get(f"/pages/{n}") as resp:
                    return (await resp.json())["page"]
            finally:
                now -= 1

    connector = aiohttp.TCPConnector(limit=0)  # (3)!
    async with aiohttp.ClientSession(base_url, connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=10)) as session:
        start = time.perf_counter()
        got = await asyncio.gather(*(fetch(session, n) for n in range(pages)))
        elapsed = time.perf_counter() - start
    assert sorted(got) == list(range(pages))
    return peak, elapsed


async def main() -> None:
    global server_peak
    app = web.Application()
    app.add_routes([web.get("/pages/{n}", slow)])
    async with serve(app) as base_url:
        for limit in (20, 5):
            server_peak = 0
            peak, elapsed = await crawl(base_url, pages=20, limit=limit)
            rounds = 20 // limit  # each round takes at least 0.2 s
            print(f"limit {limit:2}: peak in flight {peak:2}, server saw {server_peak:2} at once,"
                  f" took at least {rounds} x 0.2 s: {elapsed >= rounds * 0.2 * 0.95}")  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

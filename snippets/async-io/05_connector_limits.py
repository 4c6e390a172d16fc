import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

running: Counter[int] = Counter()  # requests being handled right now, per server port
peak: Counter[int] = Counter()
peak_total = 0


async def work(request: web.Request) -> web.Response:
    global peak_total
    port = request.transport.get_extra_info("sockname")[1]
    running[port] += 1
    peak[port] = max(peak[port], running[port])
    peak_total = max(peak_total, running.total())
    await asyncio.sleep(0.1)
    running[port] -= 1
    return web.Response(text="ok")


@contextlib.asynccontextmanager
async def serve(app: web.Application, sites: int) -> AsyncIterator[list[str]]:
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        for _ in range(sites):  # (1)!
            await web.TCPSite(runner, "127.0.0.1", 0).start()
        yield [f"http://{host}:{port}" for host, port in runner.addresses]
    finally:
        await runner.cleanup()


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/work", work)])
    async with serve(app, sites=2) as (url_a, url_b):
        connector = aiohttp.TCPConnector(limit=4, limit_per_host=3)  # (2)!
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:  # (3)!

            async def get(url: str) -> str:
                async with session.get(url) as resp:
                    return await resp.text()

            urls = [f"{url_a}/work"] * 10 + [f"{url_b}/work"] * 10
            replies = await asyncio.gather(*(get(u) for u in urls))  # (4)!
    print(len(replies), "requests, all ok:", set(replies) == {"ok"})
    print("most at once on one server (limit_per_host=3):", max(peak.values()))  # (5)!
    print("most at once on both servers (limit=4):", peak_total)
    print("connector closed with the session:", connector.closed)


if __name__ == "__main__":
    asyncio.run(main())

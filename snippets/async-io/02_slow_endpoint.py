import asyncio
import time

import aiohttp
from aiohttp import web

in_flight = peak = 0


async def slow(request: web.Request) -> web.Response:
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    try:
        await asyncio.sleep(float(request.query.get("seconds", "0.2")))  # (1)!
    finally:
        in_flight -= 1
    return web.json_response({"done": True})


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/slow", slow)])
    runner = web.AppRunner(app, shutdown_timeout=5)  # (2)!
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        url = f"http://{host}:{port}/slow"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:

            async def call(seconds: float) -> int:
                async with session.get(url, params={"seconds": seconds}) as resp:
                    await resp.json()
                    return resp.status

            start = time.perf_counter()
            statuses = await asyncio.gather(*(call(0.2) for _ in range(10)))
            elapsed = time.perf_counter() - start
            print("statuses:", sorted(set(statuses)), "| peak handlers running at once:", peak)  # (3)!
            print("10 x 0.2 s served in under 1 s:", elapsed < 1.0)

            late = asyncio.create_task(call(0.3))
            async with asyncio.timeout(2):
                while not in_flight:  # wait until the request is inside the handler
                    await asyncio.sleep(0.01)
            await runner.cleanup()  # (4)!
            print("request in flight during shutdown got:", await late)
    finally:
        await runner.cleanup()  # a second call does nothing
    print("handlers still running:", in_flight)


if __name__ == "__main__":
    asyncio.run(main())

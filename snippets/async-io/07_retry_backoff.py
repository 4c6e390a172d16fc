import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

calls: Counter[str] = Counter()
RETRYABLE = {429, 500, 502, 503, 504}  # (1)!


async def job(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    calls[name] += 1
    if name == "missing":
        raise web.HTTPNotFound()
    if calls[name] <= int(request.query.get("hang_first", "0")):
        await asyncio.sleep(5)  # far longer than the client waits
    if calls[name] <= int(request.query.get("fail_first", "0")):
        raise web.HTTPServiceUnavailable()
    return web.json_response({"job": name, "calls": calls[name]})


@contextlib.asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    runner = web.AppRunner(app, handler_cancellation=True)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def get_json(session: aiohttp.ClientSession, url: str, rng: random.Random,
                   attempts: int = 4, base: float = 0.05, cap: float = 1.0) -> dict:
    attempt = 0
    while True:
        attempt += 1
        try:
            async with session.get(url) as resp:
                if resp.status not in RETRYABLE:
                    resp.raise_for_status()  # (2)!
                    return await resp.json()
                problem = f"HTTP {resp.status}"
        except (aiohttp.ClientConnectionError, TimeoutError) as exc:  # (3)!
            problem = type(exc).__name__
        if attempt == attempts:
            raise RuntimeError(f"gave up after {attempts} attempts, last: {problem}")
        delay = rng.uniform(0, min(cap, base * 2 ** attempt))  # (4)!
        print(f"  attempt {attempt}: {problem}, retrying in {delay:.3f} s")
        await asyncio.sleep(delay)


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/jobs/{name}", job)])
    rng = random.Random(7)  # (5)!
    async with serve(app) as base_url:
        timeout = aiohttp.ClientTimeout(total=1.0)
        async with aiohttp.ClientSession(base_url, timeout=timeout) as session:
            for url in ("/jobs/a?fail_first=3", "/jobs/b?hang_first=1",
                        "/jobs/c?fail_first=9", "/jobs/missing"):
                print("GET", url)
                try:
                    print("  result:", await get_json(session, url, rng))
                except aiohttp.ClientResponseError as exc:
                    print(f"  failed at once: HTTP {exc.status} {exc.message}")  # (6)!
                except RuntimeError as exc:
                    print("  failed:", exc)
    print("requests the server saw per job:", dict(calls))


if __name__ == "__main__":
    asyncio.run(main())

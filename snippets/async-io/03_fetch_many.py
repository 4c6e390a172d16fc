import asyncio
import contextlib
import time
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web


async def user(request: web.Request) -> web.Response:
    user_id = int(request.match_info["id"])
    await asyncio.sleep(0.2)  # a slow backend
    if user_id == 4:
        raise web.HTTPNotFound()
    return web.json_response({"id": user_id, "name": f"user{user_id}"})


@contextlib.asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:  # (1)!
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        host, port = runner.addresses[0][:2]
        yield f"http://{host}:{port}"
    finally:
        await runner.cleanup()


async def fetch(session: aiohttp.ClientSession, user_id: int) -> dict:
    async with session.get(f"/users/{user_id}") as resp:  # (2)!
        resp.raise_for_status()  # (3)!
        return await resp.json()


async def main() -> None:
    app = web.Application()
    app.add_routes([web.get("/users/{id}", user)])
    async with serve(app) as base_url:
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(base_url, timeout=timeout) as session:
            start = time.perf_counter()
            one_by_one = [await fetch(session, i) for i in (1, 2, 3)]  # (4)!
            t_seq = time.perf_counter() - start

            start = time.perf_counter()
            together = await asyncio.gather(*(fetch(session, i) for i in (1, 2, 3)))  # (5)!
            t_con = time.perf_counter() - start
            print("same results:", one_by_one == together, [u["name"] for u in together])
            print("sequential took >= 0.6 s:", t_seq >= 0.6, "| concurrent < 0.5 s:", t_con < 0.5)

            ids = (3, 4, 5)
            results = await asyncio.gather(*(fetch(session, i) for i in ids), return_exceptions=True)  # (6)!
            for user_id, result in zip(ids, results, strict=True):
                if isinstance(result, aiohttp.ClientResponseError):
                    print(f"user {user_id}: failed with HTTP {result.status} {result.message}")
                else:
                    print(f"user {user_id}: {result['name']}")


if __name__ == "__main__":
    asyncio.run(main())

import asyncio
import contextlib
import gc
import re
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
from aiohttp import web


async def hello(request: web.Request) -> web.Response:
    return web.Response(text="hello")


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


async def leaky(url: str) -> str:
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))  # (1)!
    async with session.get(url) as resp:
        return await resp.text()  # returns without session.close()


async def tidy(url: str) -> str:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:  # (2)!
        async with session.get(url) as resp:
            return await resp.text()


async def check(fetch: Callable[[str], Awaitable[str]]) -> None:
    reports: list[str] = []
    asyncio.get_running_loop().set_exception_handler(
        lambda loop, context: reports.append(context["message"]))  # (3)!
    caught: list[str] = []
    app = web.Application()
    app.add_routes([web.get("/", hello)])
    with warnings.catch_warnings():  # (4)!
        warnings.simplefilter("always")
        warnings.showwarning = lambda message, category, *_: caught.append(
            f"{category.__name__}: {re.sub(r' at 0x[0-9a-f]+', '', str(message))}")  # (5)!
        async with serve(app) as url:
            await fetch(url)
        gc.collect()
    print(f"{fetch.__name__}: {len(caught)} warning(s), {len(reports)} loop report(s)")
    for line in caught:
        print("  warning:", line)
    for message in reports:
        print("  loop exception handler:", message)


async def main() -> None:
    await check(leaky)
    await check(tidy)


if __name__ == "__main__":
    asyncio.run(main())

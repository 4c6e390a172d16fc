import asyncio

import aiohttp
from aiohttp import web

ITEMS = {1: "keyboard", 2: "mouse"}


async def hello(request: web.Request) -> web.Response:
    return web.Response(text="hello")


async def get_item(request: web.Request) -> web.Response:
    item_id = int(request.match_info["item_id"])  # (1)!
    if item_id not in ITEMS:
        raise web.HTTPNotFound(text=f"no item {item_id}")
    return web.json_response({"id": item_id, "name": ITEMS[item_id]})


async def add_item(request: web.Request) -> web.Response:
    data = await request.json()
    new_id = max(ITEMS) + 1
    ITEMS[new_id] = data["name"]
    return web.json_response({"id": new_id}, status=201)


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes([web.get("/hello", hello),
                    web.get("/items/{item_id:\\d+}", get_item),
                    web.post("/items", add_item)])
    return app


async def main() -> None:
    runner = web.AppRunner(make_app())
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)  # (2)!
        await site.start()
        host, port = runner.addresses[0][:2]  # (3)!
        base = f"http://{host}:{port}"
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(base, timeout=timeout) as session:  # (4)!
            async with session.get("/hello") as resp:
                print("GET /hello ->", resp.status, await resp.text())
            async with session.post("/items", json={"name": "monitor"}) as resp:
                print("POST /items ->", resp.status, await resp.json())
            for path in ("/items/3", "/items/9"):
                async with session.get(path) as resp:
                    body = await resp.json() if resp.ok else await resp.text()
                    print(f"GET {path} ->", resp.status, body)
    finally:
        await runner.cleanup()  # (5)!
    try:
        await asyncio.open_connection(host, port)  # (6)!
    except ConnectionRefusedError:
        print("server stopped: a new connection to its port is refused")


if __name__ == "__main__":
    asyncio.run(main())

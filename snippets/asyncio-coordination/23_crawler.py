import asyncio
import re
import time

SITE = {  # path -> links on that page; "/missing" is a broken link
    "/": ["/docs", "/blog", "/about"],
    "/docs": ["/docs/install", "/docs/tutorial", "/docs/api", "/"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3", "/about"],
    "/about": ["/"], "/docs/install": [], "/docs/api": [],
    "/docs/tutorial": ["/docs/api", "/missing"],
    "/blog/1": [], "/blog/2": ["/blog/1"], "/blog/3": [],
}
server_load = {"active": 0, "peak": 0}


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:  # (1)!
    path = (await reader.readline()).split()[1].decode()  # "GET /docs HTTP/1.1"
    while await reader.readline() not in (b"\r\n", b""):  # skip the headers
        pass
    server_load["active"] += 1
    server_load["peak"] = max(server_load["peak"], server_load["active"])
    await asyncio.sleep(0.1)  # the server needs 0.1 s per page
    server_load["active"] -= 1
    links = SITE.get(path)
    status = "404 Not Found" if links is None else "200 OK"
    body = "".join(f'<a href="{link}">{link}</a>\n' for link in links or [])
    writer.write(f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n"
                 f"Connection: close\r\n\r\n{body}".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def fetch(port: int, path: str) -> tuple[int, str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)  # (2)!
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        head, _, body = (await reader.read()).partition(b"\r\n\r\n")  # read until the server closes
    finally:
        writer.close()
        await writer.wait_closed()
    return int(head.split()[1]), body.decode()


async def crawl(port: int, limit: int) -> dict[str, int]:
    slots = asyncio.Semaphore(limit)  # (3)!
    seen, status = {"/"}, {}

    async def visit(path: str) -> None:
        async with slots:
            status[path], body = await fetch(port, path)
        for link in re.findall(r'href="([^"]+)"', body):
            if link not in seen:  # (4)!
                seen.add(link)
                tg.create_task(visit(link))

    async with asyncio.TaskGroup() as tg:  # (5)!
        tg.create_task(visit("/"))
    return status


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # (6)!
    port = server.sockets[0].getsockname()[1]
    elapsed, found = {}, {}
    async with server:  # (7)!
        for limit in (1, 4):
            server_load["peak"] = 0
            start = time.perf_counter()
            async with asyncio.timeout(10):
                found[limit] = await crawl(port, limit)
            elapsed[limit] = time.perf_counter() - start
            print(f"limit={limit}: pages fetched: {len(found[limit])},"
                  f" peak requests in flight at the server: {server_load['peak']}")
    print("server closed:", not server.is_serving())
    print("both crawls found the same pages:", found[1] == found[4])
    for path, code in sorted(found[4].items()):
        print(f"  {code} {path}")
    print("limit=4 at least 1.3x faster than limit=1:", elapsed[4] * 1.3 < elapsed[1])  # (8)!


if __name__ == "__main__":
    asyncio.run(main())

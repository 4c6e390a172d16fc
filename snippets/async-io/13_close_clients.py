# requires: 3.13
import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"welcome\n")
    await reader.read()  # returns b"" once the connection is closed
    writer.close()
    await writer.wait_closed()


async def listener(port: int, connected: asyncio.Queue[None]) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        greeting = (await reader.readline()).decode().strip()
        await connected.put(None)
        rest = await reader.read()  # waits until the server closes the connection
        return f"{greeting}, then {'EOF' if rest == b'' else rest}"
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    connected: asyncio.Queue[None] = asyncio.Queue()
    try:
        async with asyncio.timeout(5):
            tasks = [asyncio.create_task(listener(port, connected)) for _ in range(3)]
            for _ in tasks:
                await connected.get()  # all three are connected and idle
            server.close()  # (1)!
            server.close_clients()  # (2)!
            await server.wait_closed()  # (3)!
            print("each client saw:", [await t for t in tasks])
    finally:
        server.close()
        await asyncio.wait_for(server.wait_closed(), timeout=5)
    print("serving:", server.is_serving())


if __name__ == "__main__":
    asyncio.run(main())

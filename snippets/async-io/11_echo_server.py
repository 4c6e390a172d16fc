import asyncio


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:  # (1)!
    try:
        while line := await reader.readline():  # (2)!
            writer.write(line.upper())
            await writer.drain()
    finally:
        writer.close()  # (3)!
        await writer.wait_closed()


async def client(port: int, name: str, words: list[str]) -> list[str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)  # (4)!
    try:
        replies = []
        for word in words:
            writer.write(f"{name}: {word}\n".encode())
            await writer.drain()
            replies.append((await reader.readline()).decode().strip())
        writer.write_eof()  # (5)!
        assert await reader.read() == b""  # the server closed its side too
        return replies
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # (6)!
    port = server.sockets[0].getsockname()[1]
    try:
        async with asyncio.timeout(5):  # (7)!
            results = await asyncio.gather(client(port, "ann", ["hi", "bye"]),
                                           client(port, "bob", ["ping", "pong", "done"]))
        for replies in results:
            print(replies)
    finally:
        server.close()  # (8)!
        await asyncio.wait_for(server.wait_closed(), timeout=5)
    print("server serving after close:", server.is_serving())


if __name__ == "__main__":
    asyncio.run(main())

import asyncio

CHUNK = 64 * 1024
TOTAL = 8 * 1024 * 1024  # 8 MiB per run


async def slow_reader(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    received = 0
    while data := await reader.read(256 * 1024):  # (1)!
        received += len(data)
        await asyncio.sleep(0.005)  # a consumer that needs time per batch
    writer.write(f"{received}\n".encode())
    writer.close()
    await writer.wait_closed()


async def send(port: int, use_drain: bool) -> tuple[int, int, int]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        low, high = writer.transport.get_write_buffer_limits()  # (2)!
        peak = 0
        for _ in range(TOTAL // CHUNK):
            writer.write(b"x" * CHUNK)  # (3)!
            peak = max(peak, writer.transport.get_write_buffer_size())
            if use_drain:
                await writer.drain()  # (4)!
            else:
                await asyncio.sleep(0)  # lets other tasks run, but never waits for the buffer
        writer.write_eof()
        received = int(await reader.readline())
        return peak, high, received
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with asyncio.timeout(20):
            peak, high, received = await send(port, use_drain=False)
            print("without drain(): server got all 8 MiB:", received == TOTAL)
            print("  peak write buffer over 1 MiB:", peak > 2**20)
            peak, high, received = await send(port, use_drain=True)
            print("with drain():    server got all 8 MiB:", received == TOTAL)
            print(f"  peak write buffer within high-water mark ({high // 1024} KiB) + one chunk:",
                  peak <= high + CHUNK)
    finally:
        server.close()
        await asyncio.wait_for(server.wait_closed(), timeout=5)


if __name__ == "__main__":
    asyncio.run(main())

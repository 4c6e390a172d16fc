import asyncio

clients: set[asyncio.StreamWriter] = set()  # (1)!
handlers_done = idle_listeners = 0


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    global handlers_done
    clients.add(writer)
    try:
        writer.write(b"welcome\n")
        while line := await reader.readline():  # ends when either side closes
            writer.write(b"ack " + line)
    finally:
        clients.discard(writer)
        writer.close()
        await writer.wait_closed()
        handlers_done += 1


async def listener(port: int, name: str) -> str:
    global idle_listeners
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{name} here\n".encode())
        lines = [(await reader.readline()).decode().strip() for _ in range(2)]
        idle_listeners += 1  # welcome and ack received; now just listen
        while line := await reader.readline():  # (2)!
            lines.append(line.decode().strip())
        return f"{name} got {lines} then EOF"
    finally:
        writer.close()
        await writer.wait_closed()


async def shutdown(server: asyncio.Server) -> None:
    server.close()  # (3)!
    for writer in list(clients):  # (4)!
        writer.write(b"server shutting down\n")
        writer.close()
    await asyncio.wait_for(server.wait_closed(), timeout=5)  # (5)!


async def main() -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with asyncio.timeout(5):
            tasks = [asyncio.create_task(listener(port, n)) for n in ("ann", "bob")]
            while idle_listeners < 2:  # both connected, greeted and idle
                await asyncio.sleep(0.01)
            await shutdown(server)
            for line in await asyncio.gather(*tasks):
                print(line)
    finally:
        server.close()
        await asyncio.wait_for(server.wait_closed(), timeout=5)
    try:
        await asyncio.open_connection("127.0.0.1", port)  # (6)!
    except ConnectionRefusedError:
        print("new connection after shutdown: refused")
    print("handlers finished:", handlers_done)


if __name__ == "__main__":
    asyncio.run(main())

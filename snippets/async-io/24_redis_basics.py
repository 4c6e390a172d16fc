# needs: redis-server
import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator

from redis import asyncio as redis  # (1)!


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def redis_server() -> AsyncIterator[int]:
    port = free_port()
    proc = await asyncio.create_subprocess_exec(  # (2)!
        "redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", "--daemonize", "no",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    try:
        probe = redis.Redis(host="127.0.0.1", port=port)
        try:
            async with asyncio.timeout(10):  # (3)!
                while True:
                    await asyncio.sleep(0.05)
                    with contextlib.suppress(redis.ConnectionError):
                        if await probe.ping():
                            break
        finally:
            await probe.aclose()
        yield port
    finally:
        proc.terminate()  # (4)!
        await asyncio.wait_for(proc.wait(), timeout=10)


async def burst(client: redis.Redis, admin: redis.Redis) -> int:
    async with client:  # (5)!
        before = (await admin.info("stats"))["total_connections_received"]
        await asyncio.gather(*(client.incr("burst") for _ in range(50)))
        return (await admin.info("stats"))["total_connections_received"] - before


async def main() -> None:
    async with redis_server() as port:
        r = redis.Redis(host="127.0.0.1", port=port, decode_responses=True)  # (6)!
        try:
            await r.set("greeting", "hello", ex=60)
            print("get:", await r.get("greeting"), "| ttl <= 60:", 0 < await r.ttl("greeting") <= 60)
            await r.hset("user:1", mapping={"name": "ann", "visits": 0})
            await r.hincrby("user:1", "visits", 3)
            print("hash:", await r.hgetall("user:1"))

            async with r.pipeline(transaction=True) as pipe:  # (7)!
                pipe.incr("hits").incr("hits").expire("hits", 60).get("hits")
                print("pipeline results:", await pipe.execute())

            unbounded = redis.Redis(host="127.0.0.1", port=port)
            print("50 concurrent INCRs, default pool -> new connections:", await burst(unbounded, r))
            pool = redis.BlockingConnectionPool(host="127.0.0.1", port=port, max_connections=5, timeout=5)
            bounded = redis.Redis.from_pool(pool)  # (8)!
            print("50 concurrent INCRs, max_connections=5 -> new connections:", await burst(bounded, r))
            print("burst counter:", await r.get("burst"))
        finally:
            await r.aclose()


if __name__ == "__main__":
    asyncio.run(main())

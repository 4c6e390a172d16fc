# needs: redis-server
import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator

from redis import asyncio as redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.asynccontextmanager
async def redis_server() -> AsyncIterator[int]:
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        "redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", "--daemonize", "no",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    try:
        probe = redis.Redis(host="127.0.0.1", port=port)
        try:
            async with asyncio.timeout(10):
                while True:
                    await asyncio.sleep(0.05)
                    with contextlib.suppress(redis.ConnectionError):
                        if await probe.ping():
                            break
        finally:
            await probe.aclose()
        yield port
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), timeout=10)


async def worker(r: redis.Redis, done: list[str]) -> None:
    while True:
        item = await r.brpop(["jobs"], timeout=5)  # (1)!
        if item is None or item[1] == "STOP":
            return
        done.append(item[1])


async def main() -> None:
    async with redis_server() as port:
        r = redis.Redis(host="127.0.0.1", port=port, decode_responses=True)
        try:
            done: list[str] = []
            workers = [asyncio.create_task(worker(r, done)) for _ in range(2)]
            await r.lpush("jobs", *(f"job-{n}" for n in range(6)))  # (2)!
            await r.lpush("jobs", "STOP", "STOP")
            await asyncio.wait_for(asyncio.gather(*workers), timeout=10)
            print("jobs done:", sorted(done), "| queue empty:", await r.llen("jobs") == 0)

            async with r.pubsub() as ps:  # (3)!
                await ps.subscribe("news")
                print("subscribed:", (await ps.get_message(timeout=5))["type"])
                for text in ("release 1.0", "release 1.1"):
                    print(f"publish {text!r} -> received by", await r.publish("news", text))  # (4)!
                for _ in range(2):
                    message = await ps.get_message(ignore_subscribe_messages=True, timeout=5)
                    print("subscriber got:", message["channel"], message["data"])
        finally:
            await r.aclose()


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size: int) -> None:
        self.size, self.opened, self.in_use, self.peak = size, 0, 0, 0
        self.idle: asyncio.Queue[str] = asyncio.Queue()  # (1)!

    async def _checkout(self, timeout: float) -> str:
        if self.idle.empty() and self.opened < self.size:  # (2)!
            name = f"conn-{self.opened}"
            self.opened += 1
            await asyncio.sleep(0.01)  # connecting costs a round trip or more
            return name
        return await asyncio.wait_for(self.idle.get(), timeout)  # (3)!

    @asynccontextmanager
    async def connection(self, timeout: float = 2.0) -> AsyncIterator[str]:
        conn = await self._checkout(timeout)
        self.in_use += 1
        self.peak = max(self.peak, self.in_use)
        try:
            yield conn
        finally:
            self.in_use -= 1
            self.idle.put_nowait(conn)  # (4)!


async def query(pool: Pool, i: int, used: set[str]) -> int:
    async with pool.connection() as conn:
        used.add(conn)
        await asyncio.sleep(0.02)  # talk to the database
        return i * i


async def main() -> None:
    pool, used = Pool(size=3), set[str]()
    results = await asyncio.gather(*(query(pool, i, used) for i in range(20)))
    print("queries answered:", len(results), "sum:", sum(results))
    print("connections opened for 20 queries:", pool.opened)
    print("connections used:", sorted(used), "peak in use:", pool.peak)
    print("all connections back in the pool:", pool.idle.qsize() == pool.opened)


if __name__ == "__main__":
    asyncio.run(main())

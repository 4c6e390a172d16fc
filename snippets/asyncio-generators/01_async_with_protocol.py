# browser: runnable
import asyncio
from typing import Self


class Connection:
    """A pretend database connection: opening and closing it both have to wait."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_open = False

    async def __aenter__(self) -> Self:  # (1)!
        await asyncio.sleep(0.01)  # e.g. the network handshake
        self.is_open = True
        print(f"{self.name}: opened")
        return self  # (2)!

    async def __aexit__(self, exc_type, exc, tb) -> None:  # (3)!
        await asyncio.sleep(0.01)  # e.g. flushing buffers and saying goodbye
        self.is_open = False
        print(f"{self.name}: closed")

    async def query(self, sql: str) -> str:
        await asyncio.sleep(0.01)
        return f"{sql!r} -> 1 row"


async def main() -> None:
    async with Connection("db") as conn:  # (4)!
        print("inside the block, open:", conn.is_open)
        print("query:", await conn.query("SELECT 1"))
    print("after the block, open:", conn.is_open)
    try:
        with Connection("db2"):  # (5)!
            pass  # pragma: no cover -- never reached: the with statement itself raises
    except TypeError:
        print("a plain 'with' on it raises TypeError")


if __name__ == "__main__":
    asyncio.run(main())

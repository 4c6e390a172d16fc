# browser: runnable
import asyncio
from collections import Counter

stock = 0


def in_stock() -> bool:
    return stock > 0


async def buyer(name: str, cond: asyncio.Condition, want: int, got: Counter[str]) -> None:
    global stock
    for _ in range(want):
        async with cond:  # (1)!
            await cond.wait_for(in_stock)  # (2)!
            stock -= 1
            got[name] += 1


async def restock(cond: asyncio.Condition) -> None:
    global stock
    for _ in range(3):
        await asyncio.sleep(0.05)  # a delivery arrives
        async with cond:
            stock += 2
            cond.notify(2)  # (3)!


async def main() -> None:
    cond = asyncio.Condition()
    got: Counter[str] = Counter()
    async with asyncio.timeout(5):
        await asyncio.gather(restock(cond), *(buyer(name, cond, 2, got) for name in "abc"))
    print("items each buyer got:", sorted(got.items()))
    print("stock left:", stock)


if __name__ == "__main__":
    asyncio.run(main())

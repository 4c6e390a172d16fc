import asyncio
import sqlite3
import tempfile
import threading
from pathlib import Path

import aiosqlite

ORDERS = [("ann", 30.0), ("bob", 12.5), ("ann", 7.5), ("cai", 99.0), ("bob", 20.0)]


async def spent_by(db: aiosqlite.Connection, customer: str) -> float:
    async with db.execute("SELECT SUM(total) FROM orders WHERE customer = ?", (customer,)) as cur:  # (1)!
        (total,) = await cur.fetchone()
        return total


async def add_orders(db: aiosqlite.Connection, rows: list[tuple[str, float | None]]) -> None:
    try:  # (2)!
        for customer, total in rows:
            await db.execute("INSERT INTO orders (customer, total) VALUES (?, ?)", (customer, total))
        await db.commit()
    except sqlite3.IntegrityError:
        await db.rollback()
        raise


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        before = threading.active_count()
        async with aiosqlite.connect(Path(tmp) / "shop.db") as db:  # (3)!
            print("threads added by one connection:", threading.active_count() - before)
            db.row_factory = aiosqlite.Row
            await db.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY,"
                             " customer TEXT NOT NULL, total REAL NOT NULL)")
            await db.executemany("INSERT INTO orders (customer, total) VALUES (?, ?)", ORDERS)
            await db.commit()

            query = ("SELECT customer, COUNT(*) AS n, SUM(total) AS spent"
                     " FROM orders GROUP BY customer ORDER BY spent DESC")
            async with db.execute(query) as cur:
                async for row in cur:  # (4)!
                    print(f"  {row['customer']}: {row['n']} orders, {row['spent']:.2f}")

            totals = await asyncio.gather(*(spent_by(db, c) for c in ("ann", "bob", "cai")))  # (5)!
            print("gathered on one connection:", totals)

            for batch in ([("dan", 5.0)], [("eve", 8.0), ("fay", None)]):  # (6)!
                try:
                    await add_orders(db, batch)
                    print("committed", [customer for customer, _ in batch])
                except sqlite3.IntegrityError as exc:
                    print("rolled back", [customer for customer, _ in batch], "-", exc)
            async with db.execute("SELECT COUNT(*) FROM orders") as cur:
                print("orders now:", (await cur.fetchone())[0])


if __name__ == "__main__":
    asyncio.run(main())

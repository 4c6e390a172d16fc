# browser: unsupported (task-count)
import asyncio

PRICES = {"apple": 3, "pear": 4}
GOOD = [("apple", "2"), ("pear", "5")]
BAD = [("apple", "2"), ("plum", "1"), ("pear", "two"), ("pear", "5")]


async def line_total(item: str, qty: str) -> int:
    price = PRICES[item]  # (1)!
    count = int(qty)
    await asyncio.sleep(0.1)
    return price * count


async def checkout(order: list[tuple[str, str]]) -> int:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(line_total(item, qty)) for item, qty in order]
    return sum(t.result() for t in tasks)  # (2)!


async def main() -> None:
    print("good order total:", await checkout(GOOD))
    try:
        await checkout(BAD)
    except Exception as exc:  # (3)!
        print("caught:", repr(exc))
        print("ExceptionGroup?", isinstance(exc, ExceptionGroup), "| ValueError?", isinstance(exc, ValueError))

    try:
        await checkout(BAD)
    except* KeyError as group:  # (4)!
        print("unknown items:", [e.args[0] for e in group.exceptions])
    except* ValueError as group:
        print("bad quantities:", [str(e) for e in group.exceptions])
    print("tasks left:", len(asyncio.all_tasks()) - 1)


if __name__ == "__main__":
    asyncio.run(main())

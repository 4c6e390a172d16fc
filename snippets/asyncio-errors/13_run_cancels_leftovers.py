# tasks: pending-at-exit
# browser: unsupported (own-loop)
import asyncio

background: set[asyncio.Task] = set()
outcomes: dict[str, list[str]] = {"finished": [], "raised": [], "cancelled": []}


async def heartbeat() -> None:
    try:
        while True:
            await asyncio.sleep(0.05)
    finally:
        print("heartbeat: stopped, cleanup ran")  # (1)!


async def job(name: str, delay: float, fail: bool = False) -> str:
    outcome = "cancelled"
    try:
        await asyncio.sleep(delay)
        if fail:
            outcome = "raised"
            raise ValueError(f"{name} failed")
        outcome = "finished"
        return name
    finally:
        outcomes[outcome].append(name)


async def returns_early() -> None:
    background.add(asyncio.create_task(heartbeat()))
    await asyncio.sleep(0.12)
    print("main coroutine returns; heartbeat is still pending")  # (2)!


async def raises() -> None:
    await asyncio.gather(  # (3)!
        job("d", 0.01), job("a", 0.05, fail=True), job("b", 0.5), job("c", 0.6)
    )


def main() -> None:
    asyncio.run(returns_early())
    print("heartbeat cancelled:", [t.cancelled() for t in background])
    try:
        asyncio.run(raises())
    except ValueError as exc:
        print("asyncio.run raised:", repr(exc))
    for outcome, names in outcomes.items():
        print(f"{outcome}:", sorted(names))  # (4)!


if __name__ == "__main__":
    main()

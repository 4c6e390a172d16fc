# browser: unsupported (task-count)
import asyncio

log: list[str] = []


async def job(name: str, delay: float, fail: bool = False) -> str:
    outcome = "cancelled"  # (1)!
    try:
        await asyncio.sleep(delay)
        if fail:
            outcome = "raised"
            raise ValueError(f"{name} failed")
        outcome = "finished"
        return name
    finally:
        log.append(f"{name} {outcome}")


async def main() -> None:
    try:
        await asyncio.gather(  # (2)!
            job("d", 0.01), job("a", 0.05, fail=True), job("b", 0.5), job("c", 0.6, fail=True)
        )
    except ValueError as exc:
        log.append(f"caller caught {exc!r}")
    others = asyncio.all_tasks() - {asyncio.current_task()}  # (3)!
    print("tasks still running after gather raised:", len(others))
    await asyncio.wait(others, timeout=2)  # (4)!
    for line in log:
        print(line)
    print("any task cancelled:", any("cancelled" in line for line in log))


if __name__ == "__main__":
    asyncio.run(main())

# browser: unsupported (loop-errors)
import asyncio


async def load_user(user_id: int) -> str:
    await asyncio.sleep(0.01)
    if user_id < 0:
        raise ValueError(f"bad user id {user_id}")  # (1)!
    return f"user-{user_id}"


async def main() -> None:
    try:
        await load_user(-1)  # (2)!
    except ValueError as exc:
        print("caught from a coroutine:", repr(exc))

    task = asyncio.create_task(load_user(-2))  # (3)!
    await asyncio.sleep(0.05)
    print("task done:", task.done(), "| stored exception:", repr(task.exception()))  # (4)!
    try:
        await task  # (5)!
    except ValueError as exc:
        print("awaiting the task raises it again:", repr(exc))

    print("a healthy call still works:", await load_user(7))


if __name__ == "__main__":
    asyncio.run(main())

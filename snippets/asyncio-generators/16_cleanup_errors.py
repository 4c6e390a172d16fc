# browser: unsupported (loop-errors)
import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing

still_referenced: list[AsyncIterator[int]] = []


async def rows(label: str) -> AsyncIterator[int]:
    try:
        yield 1
    finally:
        raise ConnectionError(f"{label}: could not release the cursor")  # (1)!


def on_loop_error(loop: asyncio.AbstractEventLoop, context: dict) -> None:  # (2)!
    message = context["message"].split(" <")[0]  # drop the object's address
    print(f"  loop exception handler: {message}: {context['exception']}")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(on_loop_error)
    try:
        async with aclosing(rows("with aclosing")) as stream:
            async for _ in stream:
                break
    except ConnectionError as exc:
        print("consumer caught:", exc)  # (3)!

    async for _ in rows("abandoned"):
        break
    print("consumer of the abandoned generator saw no error")  # (4)!
    await asyncio.sleep(0.01)

    leftover = rows("still referenced at exit")
    still_referenced.append(leftover)
    await anext(leftover)
    print("main() returns")  # (5)!


if __name__ == "__main__":
    asyncio.run(main())

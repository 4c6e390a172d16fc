# browser: runnable
import asyncio
from typing import Self


class Transaction:
    def __init__(self, fail_to_open: bool = False) -> None:
        self.fail_to_open = fail_to_open

    async def __aenter__(self) -> Self:
        await asyncio.sleep(0)
        if self.fail_to_open:
            raise ConnectionError("cannot connect")  # (1)!
        print("BEGIN")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0)  # cleanup may await too
        if exc_type is None:
            print("COMMIT")
        else:
            print(f"ROLLBACK ({exc_type.__name__}: {exc})")  # (2)!
        return exc_type is KeyError  # (3)!


async def main() -> None:
    async with Transaction():
        print("  insert a row")
    try:
        async with Transaction():
            raise ValueError("bad row")
    except ValueError as exc:
        print("the caller still gets", repr(exc))  # (4)!
    async with Transaction():
        raise KeyError("no such row")
    print("KeyError was suppressed by __aexit__ returning True")
    try:
        async with Transaction(fail_to_open=True):
            print("  never printed")  # pragma: no cover -- __aenter__ raised first
    except ConnectionError as exc:
        print("__aenter__ failed, __aexit__ not called:", exc)  # (5)!


if __name__ == "__main__":
    asyncio.run(main())

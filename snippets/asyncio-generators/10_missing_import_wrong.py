# browser: runnable
import asyncio
import typing

MODULE_SOURCE = '''
import asyncio

async def data_stream() -> AsyncGenerator[dict, None]:
    for i in range(3):
        await asyncio.sleep(0.01)
        yield {"id": i, "data": f"reading-{i}"}
'''  # (1)!


async def main() -> None:
    namespace: dict[str, object] = {}
    try:
        exec(MODULE_SOURCE, namespace)  # (2)!
        typing.get_type_hints(namespace["data_stream"])  # pragma: no cover -- reached on 3.14+ only
    except NameError as exc:  # (3)!
        print(f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    asyncio.run(main())

# browser: unsupported (debug-mode)
import asyncio
import time
import warnings


async def save(record: str, saved: list[str]) -> None:
    await asyncio.sleep(0.01)
    saved.append(record)


async def main() -> None:
    saved: list[str] = []
    with warnings.catch_warnings(record=True) as caught:  # (1)!
        warnings.simplefilter("always")
        result = save("first", saved)  # (2)!
        print("save(...) without await returned a", type(result).__name__)
        start = time.perf_counter()
        asyncio.sleep(0.2)  # (3)!
        print("asyncio.sleep(0.2) without await paused:", time.perf_counter() - start >= 0.2)
        del result  # (4)!
    for warning in caught:
        first_line, *rest = str(warning.message).splitlines()
        print(f"{warning.category.__name__}: {first_line}")  # (5)!
        print("  debug mode adds where it was created:", rest[0] == "Coroutine created at (most recent call last)")
    print("records saved:", saved)
    await save("second", saved)
    print("records saved with await:", saved)


if __name__ == "__main__":
    asyncio.run(main(), debug=True)  # (6)!

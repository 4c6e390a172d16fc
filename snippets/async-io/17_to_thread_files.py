import asyncio
import tempfile
from pathlib import Path


def append(path: Path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


def summarize(path: Path) -> tuple[str, int, int]:  # (1)!
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return path.name, len(lines), sum("ERROR" in line for line in lines)


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.txt"
        await asyncio.to_thread(notes.write_text, "first\nsecond\n", encoding="utf-8")  # (2)!
        await asyncio.to_thread(append, notes, "appended\n")
        text = await asyncio.to_thread(notes.read_text, encoding="utf-8")
        print("notes:", text.splitlines())

        logs = [Path(tmp) / f"day-{d}.log" for d in range(1, 4)]
        for day, log in enumerate(logs, 1):
            await asyncio.to_thread(log.write_text, "INFO ok\n" * 10 + "ERROR disk full\n" * day)
        results = await asyncio.gather(*(asyncio.to_thread(summarize, log) for log in logs))  # (3)!
        for name, lines, errors in results:
            print(f"{name}: {lines} lines, ERROR lines: {errors}")


if __name__ == "__main__":
    asyncio.run(main())

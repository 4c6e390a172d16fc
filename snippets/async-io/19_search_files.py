import asyncio
import random
import tempfile
from pathlib import Path

import aiofiles

open_now = open_peak = 0


async def write_log(path: Path, rng: random.Random) -> None:
    levels = rng.choices(["INFO", "WARN", "ERROR"], weights=[20, 3, 1], k=50)
    async with aiofiles.open(path, "w") as f:
        await f.write("".join(f"{level} event {n}\n" for n, level in enumerate(levels)))


async def search(path: Path, needle: str, limit: asyncio.Semaphore) -> list[tuple[str, int, str]]:
    global open_now, open_peak
    async with limit:  # (1)!
        open_now += 1
        open_peak = max(open_peak, open_now)
        try:
            async with aiofiles.open(path) as f:
                text = await f.read()  # (2)!
        finally:
            open_now -= 1
    return [(path.name, n, line) for n, line in enumerate(text.splitlines(), 1) if needle in line]


async def main() -> None:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / f"app-{i:02d}.log" for i in range(30)]
        await asyncio.gather(*(write_log(p, rng) for p in paths))  # (3)!
        limit = asyncio.Semaphore(8)
        per_file = await asyncio.gather(*(search(p, "ERROR", limit) for p in paths))  # (4)!
        hits = sorted(hit for hits in per_file for hit in hits)
        print(f"searched {len(paths)} files, {len(hits)} ERROR lines in"
              f" {sum(1 for h in per_file if h)} files; open at once: {open_peak}")
        for name, line_no, line in hits[:4]:
            print(f"  {name}:{line_no}: {line}")


if __name__ == "__main__":
    asyncio.run(main())

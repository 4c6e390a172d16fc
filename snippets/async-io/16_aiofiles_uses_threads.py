import asyncio
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiofiles


class CountingExecutor(ThreadPoolExecutor):  # (1)!
    def __init__(self) -> None:
        super().__init__(max_workers=4, thread_name_prefix="offload")
        self.calls = 0
        self.threads: set[str] = set()

    def submit(self, fn, /, *args, **kwargs):
        self.calls += 1

        def run():
            self.threads.add(threading.current_thread().name)
            return fn(*args, **kwargs)

        return super().submit(run)


async def main() -> None:
    pool = CountingExecutor()
    asyncio.get_running_loop().set_default_executor(pool)  # (2)!
    print("threads before any file I/O:", threading.active_count())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.txt"
        async with aiofiles.open(path, "w") as f:
            await f.write("".join(f"line {i}\n" for i in range(200)))
        print("aiofiles open + write + close -> calls run in a thread:", pool.calls)  # (3)!
        print("more threads than before:", threading.active_count() > 1)

        pool.calls, start = 0, time.perf_counter()
        async with aiofiles.open(path) as f:
            lines = [line async for line in f]
        t_aiofiles = time.perf_counter() - start
        print(f"aiofiles async for over {len(lines)} lines -> calls run in a thread:", pool.calls)  # (4)!

        pool.calls, start = 0, time.perf_counter()
        text = await asyncio.to_thread(path.read_text)  # (5)!
        t_to_thread = time.perf_counter() - start
        print(f"to_thread(read_text) for {len(text.splitlines())} lines -> calls run in a thread:", pool.calls)
        print("line-by-line aiofiles at least 5x slower:", t_aiofiles > 5 * t_to_thread)
    print("the calls ran in threads named:", sorted({name.rsplit("_", 1)[0] for name in pool.threads}))  # (6)!


if __name__ == "__main__":
    asyncio.run(main())

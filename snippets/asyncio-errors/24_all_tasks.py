# browser: unsupported (task-count)
import asyncio
import io
import re


async def fetch(source: str, gate: asyncio.Event) -> str:
    await gate.wait()
    return source


async def lookup(gate: asyncio.Event) -> str:  # (1)!
    return await fetch("db", gate)


async def handle_request(gate: asyncio.Event) -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(lookup(gate), name="lookup-db")
        tg.create_task(fetch("cache", gate), name="fetch-cache")


def tidy(text: str) -> str:
    text = re.sub(r"\s+created at \S+:\d+(?=>)", "", text)  # (2)!
    return re.sub(r"[^\s\"'<>]*/([\w.]+\.py)", r"\1", text)


async def main() -> None:
    gate = asyncio.Event()
    request = asyncio.create_task(handle_request(gate), name="request")
    await asyncio.sleep(0.05)
    others = sorted(asyncio.all_tasks() - {asyncio.current_task()}, key=asyncio.Task.get_name)  # (3)!
    for task in others:
        frames = [f"{f.f_code.co_name}:{f.f_lineno}" for f in task.get_stack()]  # (4)!
        print(f"{task.get_name()}: coro={task.get_coro().__name__}, get_stack() -> {frames}")
    out = io.StringIO()
    others[1].print_stack(file=out)  # (5)!
    print(tidy(out.getvalue()), end="")
    gate.set()
    await asyncio.wait_for(request, timeout=2)


if __name__ == "__main__":
    asyncio.run(main())

# requires: 3.14
# browser: runnable
import asyncio
import re


async def fetch(source: str, gate: asyncio.Event) -> str:
    await gate.wait()
    return source


async def lookup(gate: asyncio.Event) -> str:
    return await fetch("db", gate)


async def handle_request(gate: asyncio.Event) -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(lookup(gate), name="lookup-db")
        tg.create_task(fetch("cache", gate), name="fetch-cache")


def tidy(graph: str) -> str:
    lines = [line for line in graph.splitlines() if "File '" not in line or __file__ in line]  # (1)!
    return "\n".join(re.sub(r", id=0x[0-9a-f]+|(?<=')[^']*/(?=[\w.]+\.py')", "", line) for line in lines)


async def main() -> None:
    gate = asyncio.Event()
    request = asyncio.create_task(handle_request(gate), name="request")
    await asyncio.sleep(0.05)
    stuck = next(t for t in asyncio.all_tasks() if t.get_name() == "lookup-db")
    print(tidy(asyncio.format_call_graph(stuck)))  # (2)!
    gate.set()
    await asyncio.wait_for(request, timeout=2)


if __name__ == "__main__":
    asyncio.run(main())

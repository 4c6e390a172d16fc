# requires: 3.12
# browser: unsupported (eager)
import asyncio

CACHE = {"home": "<cached home page>"}


async def get_page(name: str, log: list[str]) -> str:
    log.append(f"{name} starts")
    if name in CACHE:
        return CACHE[name]  # (1)!
    await asyncio.sleep(0.01)  # a real fetch would wait here
    log.append(f"{name} fetched")
    return f"<fresh {name} page>"


async def demo(label: str) -> None:
    log: list[str] = []
    hit = asyncio.create_task(get_page("home", log))
    miss = asyncio.create_task(get_page("about", log))
    log.append("create_task returned")
    print(f"{label}: cache hit done at once: {hit.done()}, miss done at once: {miss.done()}")
    await asyncio.gather(hit, miss)
    print(f"{label}: {' -> '.join(log)}")


async def main() -> None:
    await demo("default")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)  # (2)!
    await demo("eager  ")


if __name__ == "__main__":
    asyncio.run(main())

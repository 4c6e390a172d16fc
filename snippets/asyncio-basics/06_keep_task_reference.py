# browser: unsupported (gc)
import asyncio
import gc
import weakref

# Futures waiting for a reply, held only weakly (as some dispatchers and libraries do)
waiting: weakref.WeakValueDictionary[str, asyncio.Future[str]] = weakref.WeakValueDictionary()
events: list[str] = []
reported: list[str] = []  # what the event loop reports through its exception handler


async def wait_for_reply(name: str) -> None:
    reply = asyncio.get_running_loop().create_future()
    waiting[name] = reply
    try:
        events.append(f"{name}: got {await reply!r}")
    finally:
        events.append(f"{name}: coroutine closed")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, context: reported.append(context["message"]))  # (1)!
    background: set[asyncio.Task[None]] = set()

    asyncio.create_task(wait_for_reply("fire-and-forget"))  # (2)!
    kept = asyncio.create_task(wait_for_reply("kept"))
    background.add(kept)  # (3)!
    kept.add_done_callback(background.discard)

    await asyncio.sleep(0)  # both tasks start and wait for their reply
    gc.collect()  # (4)!
    print("tasks still waiting for a reply:", sorted(waiting))
    for reply in list(waiting.values()):
        reply.set_result("pong")
    await kept
    await asyncio.sleep(0)  # let the done callback run
    print("\n".join(events))
    print("the event loop reported:", reported)
    print("background set is empty again:", not background)


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio
import itertools


async def drain(q: asyncio.Queue) -> list:
    return [await q.get() for _ in range(q.qsize())]


async def main() -> None:
    for kind in (asyncio.Queue, asyncio.LifoQueue):
        q = kind()
        for job in ("first", "second", "third"):
            q.put_nowait(job)
        print(f"{kind.__name__}:", await drain(q))  # (1)!

    pq: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue()
    for job in [(2, "resize image"), (0, "charge card"), (1, "send email")]:
        pq.put_nowait(job)
    print("PriorityQueue:", await drain(pq))  # (2)!

    tied: asyncio.PriorityQueue = asyncio.PriorityQueue()
    tied.put_nowait((1, {"to": "ann"}))
    try:
        tied.put_nowait((1, {"to": "bob"}))  # (3)!
    except TypeError as exc:
        print("equal priorities, dict payloads:", exc)

    seq = itertools.count()  # (4)!
    fixed: asyncio.PriorityQueue = asyncio.PriorityQueue()
    for prio, payload in [(1, {"to": "ann"}), (1, {"to": "bob"}), (0, {"to": "cy"})]:
        fixed.put_nowait((prio, next(seq), payload))
    print("with a sequence number:", [p["to"] for _, _, p in await drain(fixed)])


if __name__ == "__main__":
    asyncio.run(main())

# browser: runnable
import asyncio

log: list[tuple[str, int]] = []  # (event, phase) in the order they happened


async def worker(speed: float, barrier: asyncio.Barrier, arrivals: list[int]) -> None:
    for phase in (1, 2):
        log.append(("start", phase))
        await asyncio.sleep(speed)  # this worker's share of the phase
        log.append(("end", phase))
        arrivals.append(await barrier.wait())  # (1)!


async def main() -> None:
    barrier = asyncio.Barrier(3)  # (2)!
    arrivals: list[int] = []
    async with asyncio.timeout(5):
        await asyncio.gather(*(worker(s, barrier, arrivals) for s in (0.05, 0.1, 0.15)))
    last_end_1 = max(i for i, e in enumerate(log) if e == ("end", 1))
    first_start_2 = min(i for i, e in enumerate(log) if e == ("start", 2))
    print("phase 2 started only after every worker ended phase 1:", last_end_1 < first_start_2)
    print("wait() return values per phase:", sorted(arrivals[:3]), sorted(arrivals[3:]))  # (3)!
    print("parties:", barrier.parties, "waiting now:", barrier.n_waiting, "broken:", barrier.broken)


if __name__ == "__main__":
    asyncio.run(main())

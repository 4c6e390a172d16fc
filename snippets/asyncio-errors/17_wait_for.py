# browser: runnable
import asyncio

log: list[str] = []


async def request(name: str, seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
        return f"{name}: 200 OK"
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled, connection released")  # (1)!
        raise


async def fetch(name: str, seconds: float) -> str:
    try:
        return await asyncio.wait_for(request(name, seconds), timeout=0.5)  # (2)!
    except TimeoutError:
        log.append(f"{name}: wait_for raised TimeoutError")  # (3)!
        return f"{name}: gave up after 0.5 s"


async def main() -> None:
    requests = {"fast": 0.05, "slow": 1.5, "medium": 0.1}
    results = await asyncio.gather(*(fetch(n, s) for n, s in requests.items()))  # (4)!
    for line in results:
        print(line)
    for line in log:
        print("log:", line)


if __name__ == "__main__":
    asyncio.run(main())

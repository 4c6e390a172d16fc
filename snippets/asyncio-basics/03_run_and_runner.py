# browser: unsupported (own-loop)
import asyncio


async def take_job(jobs: asyncio.Queue[str]) -> str:
    asyncio.get_running_loop().call_soon(jobs.put_nowait, "resize photo")
    return await jobs.get()  # (1)!


async def run_inside_loop() -> None:
    coro = take_job(asyncio.Queue())
    try:
        asyncio.run(coro)  # (2)!
    except RuntimeError as exc:
        coro.close()  # it never started; close it so it is not reported as "never awaited"
        print("asyncio.run inside a running loop:", exc)


def main() -> None:
    jobs: asyncio.Queue[str] = asyncio.Queue()
    print("first asyncio.run:", asyncio.run(take_job(jobs)))
    try:
        asyncio.run(take_job(jobs))  # (3)!
    except RuntimeError as exc:
        print("second asyncio.run: the queue", str(exc).rpartition("> ")[2])

    jobs = asyncio.Queue()
    with asyncio.Runner() as runner:  # (4)!
        print("Runner, first run:", runner.run(take_job(jobs)))
        print("Runner, second run:", runner.run(take_job(jobs)))
        loop = runner.get_loop()
    print("Runner closed its loop on exit:", loop.is_closed())
    asyncio.run(run_inside_loop())


if __name__ == "__main__":
    main()

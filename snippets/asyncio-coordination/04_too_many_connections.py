# browser: runnable
import asyncio

CAPACITY, REQUESTS = 5, 40


class Service:  # (1)!
    def __init__(self) -> None:
        self.active = self.peak = 0

    async def handle(self) -> str:
        if self.active >= CAPACITY:
            return "503 busy"  # (2)!
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            await asyncio.sleep(0.02)
            return "200 ok"
        finally:
            self.active -= 1


async def run(limit: int | None) -> None:
    service = Service()
    slots = asyncio.Semaphore(limit or REQUESTS)  # (3)!

    async def call() -> str:
        async with slots:
            return await service.handle()

    answers = await asyncio.gather(*(call() for _ in range(REQUESTS)))
    print(f"limit={limit}: ok={answers.count('200 ok')} busy={answers.count('503 busy')}"
          f" peak at the service={service.peak}")


async def main() -> None:
    await run(limit=None)  # everything at once
    await run(limit=CAPACITY)  # (4)!


if __name__ == "__main__":
    asyncio.run(main())

# browser: unsupported (debug-mode)
import asyncio
import logging
import re
import time


class Collect(logging.Handler):  # (1)!
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = re.sub(r" at \S+:\d+", " at …", record.getMessage())  # drop file paths
        self.messages.append(re.sub(r"took [\d.]+ seconds", "took … seconds", message))


async def block(steps: int, seconds: float) -> None:
    for step in range(steps):
        if step:
            await asyncio.sleep(0)  # gives control back between the blocking steps
        time.sleep(seconds)  # blocks the event loop


async def run(name: str, steps: int, seconds: float, log: Collect) -> None:
    log.messages.clear()
    await asyncio.create_task(block(steps, seconds), name=name)
    mine = [m for m in log.messages if f"name='{name}'" in m]
    print(f"{name}: {len(mine)} warning(s)", *mine[:1], sep="\n  ")


async def main() -> None:
    log = Collect()
    logger = logging.getLogger("asyncio")
    logger.addHandler(log)
    logger.propagate = False
    loop = asyncio.get_running_loop()
    print("debug mode:", loop.get_debug(), "| slow_callback_duration:", loop.slow_callback_duration)
    await run("one-150ms-step", 1, 0.15, log)  # (2)!
    await run("ten-10ms-steps", 10, 0.01, log)  # (3)!
    loop.slow_callback_duration = 0.005  # (4)!
    await run("ten-10ms-steps-lower-threshold", 10, 0.01, log)


if __name__ == "__main__":
    asyncio.run(main(), debug=True)  # (5)!

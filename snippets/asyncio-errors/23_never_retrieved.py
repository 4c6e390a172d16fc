# browser: unsupported (debug-mode)
import asyncio
import gc
import logging
import logging.handlers
import re
import warnings

captured = logging.handlers.BufferingHandler(capacity=100)
logging.getLogger("asyncio").addHandler(captured)
logging.getLogger("asyncio").propagate = False


def created_in(text: str) -> str:
    frames = re.findall(r'File "([^"]+)", line \d+, in (\w+)\n\s*(.+)', text)  # (1)!
    ours = [(func, source.split("#")[0].strip()) for path, func, source in frames if path == __file__]
    return " -> ".join(f"{func}()" for func, _ in ours) + ": " + ours[-1][1] if ours else "(not recorded)"


async def charge_card(order: int) -> None:
    raise ConnectionError(f"payment service down (order {order})")


async def send_receipt(order: int) -> None:
    await asyncio.sleep(0)  # pragma: no cover -- never runs: nobody awaits this coroutine


async def checkout(order: int) -> None:
    asyncio.create_task(charge_card(order))  # (2)!
    send_receipt(order)  # (3)!
    await asyncio.sleep(0.05)


def main() -> None:
    for debug in (False, True):
        captured.buffer.clear()
        with warnings.catch_warnings(record=True) as caught:  # (4)!
            warnings.simplefilter("always")
            asyncio.run(checkout(1), debug=debug)
            gc.collect()
        print(f"--- debug={debug}")
        for record in captured.buffer:
            print("log:", record.getMessage().splitlines()[0], "|", repr(record.exc_info[1]))
            print("    task created in", created_in(record.getMessage()))
        for warning in caught:
            print(f"warning: {warning.category.__name__}: {str(warning.message).splitlines()[0]}")
            print("    coroutine created in", created_in(str(warning.message)))


if __name__ == "__main__":
    main()

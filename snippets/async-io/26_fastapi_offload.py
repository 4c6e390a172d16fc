import asyncio
import logging
import time

import aiohttp
import uvicorn
from fastapi import FastAPI

app = FastAPI()


def render_report() -> str:  # (1)!
    time.sleep(0.5)
    return "report ready"


@app.get("/ping")
async def ping() -> dict:
    return {"pong": True}


@app.get("/report/blocking")
async def report_blocking() -> dict:
    await asyncio.sleep(0.01)  # some async I/O first
    return {"report": render_report()}  # (2)!


@app.get("/report/to-thread")
async def report_to_thread() -> dict:
    await asyncio.sleep(0.01)
    return {"report": await asyncio.to_thread(render_report)}  # (3)!


@app.get("/report/sync-def")
def report_sync_def() -> dict:  # (4)!
    return {"report": render_report()}


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def get_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as resp:
        return await resp.json()


async def pings_during_report(session: aiohttp.ClientSession, base: str, path: str) -> int:
    report = asyncio.create_task(get_json(session, base + path))
    await asyncio.sleep(0.05)  # the report is being rendered now
    answered = 0
    while not report.done():
        await get_json(session, base + "/ping")
        answered += not report.done()  # (5)!
    assert (await report)["report"] == "report ready"
    return answered


async def main() -> None:
    debug_log = Collect()
    logging.getLogger("asyncio").addHandler(debug_log)  # (6)!
    logging.getLogger("asyncio").propagate = False

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())  # (7)!
    try:
        async with asyncio.timeout(10):
            while not server.started:
                await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            for path in ("/report/blocking", "/report/to-thread", "/report/sync-def"):
                debug_log.messages.clear()
                answered = await pings_during_report(session, f"http://127.0.0.1:{port}", path)
                print(f"{path:18} pings answered meanwhile >= 5: {answered >= 5}")
                if path == "/report/blocking":
                    print("  debug mode reported a slow step:", any("took" in m for m in debug_log.messages))
    finally:
        server.should_exit = True  # (8)!
        await asyncio.wait_for(serving, timeout=10)


if __name__ == "__main__":
    asyncio.run(main(), debug=True)  # (9)!

"""Cheat sheets list every public name of their modules, and every row links to a demonstration."""

import importlib
import re

import pytest

from verify import DOCS, LANGUAGES

PROCESS_SIDE = {"ProcessPoolExecutor", "InterpreterPoolExecutor"}  # of concurrent.futures
ASYNCIO_PARTS = ["runners", "tasks", "taskgroups", "timeouts", "locks", "queues", "exceptions", "threads", "futures",
                 "coroutines", "events", "streams", "subprocess"]


def names(module: str, shown_as: str | None = None, keep=lambda name: True) -> set[str]:
    """Public names of `module` (its __all__, on the Python running the tests) as a sheet lists them."""
    return {f"{shown_as or module}.{n}" for n in importlib.import_module(module).__all__
            if not n.startswith("_") and keep(n)}


# cheat sheet -> every name it must have a row for
SHEETS = {
    "cheatsheets/threads.md": lambda: (names("threading") | names("queue")
                                       | names("concurrent.futures", keep=lambda n: n not in PROCESS_SIDE)),
    "cheatsheets/processes.md": lambda: (names("multiprocessing") | names("multiprocessing.shared_memory")
                                         | names("concurrent.futures", keep=PROCESS_SIDE.__contains__)
                                         | {"concurrent.futures.process.BrokenProcessPool"}),
    "cheatsheets/asyncio.md": lambda: set().union(*(names(f"asyncio.{part}", "asyncio") for part in ASYNCIO_PARTS)),
}
ROW = re.compile(r"^\|\s*`(?P<name>[\w.]+)(?:\(\))?`")


def rows(text: str) -> dict[str, str]:
    return {m["name"]: line for line in text.splitlines() if (m := ROW.match(line))}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("sheet", SHEETS)
def test_cheat_sheet_covers_every_public_name(sheet, lang):
    path = DOCS / lang / sheet
    if not path.exists():
        pytest.fail(f"{path} is missing")
    listed = rows(path.read_text(encoding="utf-8"))
    wanted = SHEETS[sheet]()
    assert sorted(wanted - listed.keys()) == [], f"{path}: names without a row"
    unlinked = [name for name, line in listed.items() if not re.search(r"\]\([^)]+\.md#[\w-]+\)", line)]
    assert unlinked == [], f"{path}: rows without a link to the section that demonstrates them"

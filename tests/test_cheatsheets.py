"""Cheat sheets list every public name of their modules, and every row links to a demonstration."""

import importlib
import re

import pytest

from verify import DOCS, LANGUAGES

# cheat sheet -> (modules whose __all__ it must cover, names that belong to another sheet)
SHEETS = {
    "cheatsheets/threads.md": (["threading", "queue", "concurrent.futures"],
                               {"ProcessPoolExecutor", "InterpreterPoolExecutor"}),
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
    modules, elsewhere = SHEETS[sheet]
    wanted = {f"{m}.{name}" for m in modules for name in importlib.import_module(m).__all__ if name not in elsewhere}
    assert sorted(wanted - listed.keys()) == [], f"{path}: names without a row"
    unlinked = [name for name, line in listed.items() if not re.search(r"\]\([^)]+\.md#[\w-]+\)", line)]
    assert unlinked == [], f"{path}: rows without a link to the section that demonstrates them"

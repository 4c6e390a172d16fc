"""Reading the Markdown pages: fences, snippet includes, headings, and zh/en parity."""

import re
from dataclasses import dataclass
from pathlib import Path

from verify import DOCS, LANGUAGES, SNIPPETS, SiteError, rel

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE = re.compile(r'^[ \t]*-{1,}8<-{1,}[ \t]+"(?P<target>[^"]+)"[ \t]*$')
HEADING = re.compile(r"^#{1,6}[ \t]+\S")
SECTION_START = "# --8<-- [start:{}]"
PYTHON_LANGS = {"python", "py", "python3", "pycon"}


@dataclass
class Fence:
    line: int  # 1-based line of the opening fence
    end: int  # 1-based line of the closing fence
    indent: str
    info: str  # everything after the backticks: language and attributes
    body: list[str]

    @property
    def lang(self) -> str:
        return self.info.strip().lstrip("{").split(" ")[0].lstrip(".").rstrip("}").lower()

    @property
    def include_targets(self) -> list[str]:
        return include_only_targets(self.body)


def include_only_targets(body: list[str]) -> list[str]:
    """Targets when every non-blank line of a fence body is an include, else []."""
    lines = [ln for ln in body if ln.strip()]
    matches = [INCLUDE.match(ln) for ln in lines]
    return [m["target"] for m in matches] if lines and all(matches) else []


def fences(text: str) -> list[Fence]:
    found, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        mark = m["mark"]
        close = re.compile(rf"^[ \t]*{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        indent = m["indent"]
        body = [ln[len(indent):] if ln.startswith(indent) else ln.lstrip() for ln in lines[i + 1 : j]]
        found.append(Fence(i + 1, j + 1, indent, m["info"], body))
        i = j + 1
    return found


def outside_fences(text: str) -> list[tuple[int, str]]:
    """(line number, line) for every line not inside a fenced block."""
    inside = set()
    for f in fences(text):
        inside.update(range(f.line, f.end + 1))
    return [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if n not in inside]


def includes(text: str) -> list[tuple[int, str]]:
    """Every snippet include of a page, as (line number, target), in page order."""
    return [(n, m["target"]) for n, ln in enumerate(text.splitlines(), 1) if (m := INCLUDE.match(ln))]


def headings(text: str) -> list[tuple[int, str]]:
    return [(n, ln) for n, ln in outside_fences(text) if HEADING.match(ln)]


def split_target(target: str) -> tuple[str, str | None]:
    """'chapter/file.py:section' -> ('chapter/file.py', 'section')."""
    path, _, section = target.partition(":")
    return path, section or None


def section_lines(text: str, name: str) -> list[str]:
    """The lines between `# --8<-- [start:name]` and `[end:name]` (marker lines excluded)."""
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip() == SECTION_START.format(name))
    end = next(i for i, ln in enumerate(lines) if ln.strip() == f"# --8<-- [end:{name}]")
    return lines[start + 1 : end]


def check_include(page: Path, line: int, target: str, base: Path = SNIPPETS) -> Path:
    """The snippet file an include names; SiteError naming page and line if it is broken."""
    name, section = split_target(target)
    path = base / name
    if not path.is_file():
        raise SiteError(page, line, f'include "{target}": no such file {rel(path)}')
    if section and section[0].isdigit():
        raise SiteError(page, line, f'include "{target}": include named sections, never line numbers')
    if section and SECTION_START.format(section) not in path.read_text(encoding="utf-8"):
        raise SiteError(page, line, f'include "{target}": no section "[start:{section}]" in {rel(path)}')
    return path


def pages(lang: str, docs: Path = DOCS) -> dict[str, Path]:
    root = docs / lang
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*.md"))}


def parity_errors(docs: Path = DOCS) -> list[str]:
    """Differences between the language trees: missing pages, include order, heading count."""
    first, *others = LANGUAGES
    base = pages(first, docs)
    errors = []
    for lang in others:
        other = pages(lang, docs)
        for name in sorted(base.keys() - other.keys()):
            errors.append(f"{rel(base[name])}:1: page has no {lang} translation (expected {rel(docs / lang / name)})")
        for name in sorted(other.keys() - base.keys()):
            errors.append(f"{rel(other[name])}:1: page has no {first} original (expected {rel(docs / first / name)})")
        for name in sorted(base.keys() & other.keys()):
            errors += _page_parity(base[name], other[name])
    return errors


def _page_parity(a: Path, b: Path) -> list[str]:
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    inc_a, inc_b = includes(ta), includes(tb)
    for k in range(max(len(inc_a), len(inc_b))):
        la, ia = inc_a[k] if k < len(inc_a) else (len(ta.splitlines()), "(none)")
        lb, ib = inc_b[k] if k < len(inc_b) else (len(tb.splitlines()), "(none)")
        if ia != ib:
            return [
                f"{rel(b)}:{lb}: include #{k + 1} is \"{ib}\" but {rel(a)}:{la} includes \"{ia}\""
                " (both languages must include the same snippets in the same order)"
            ]
    ha, hb = headings(ta), headings(tb)
    if len(ha) != len(hb):
        return [f"{rel(b)}:1: {len(hb)} headings, but {rel(a)} has {len(ha)}"]
    return []

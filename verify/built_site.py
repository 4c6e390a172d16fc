"""Reading the built HTML: code blocks, the Code | Output tab pairs, and where each block came from."""

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

from verify import SNIPPETS
from verify.pages import section_lines

PYTHON_CLASSES = {"language-python", "language-py", "language-python3", "language-py3", "language-pycon"}
MARKER = re.compile(r"^\s*# --8<-- \[(start|end):[^\]]+\]\s*$")


@dataclass
class Block:
    page: Path  # the .html file
    text: str
    is_python: bool
    tab_set: object  # the enclosing .tabbed-set element, or None


def normalise(code: str) -> str:
    return "\n".join(line.rstrip() for line in code.strip("\n").splitlines())


def blocks(site: Path) -> list[Block]:
    found = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for div in soup.select("div.highlight"):
            code = div.find("code")
            if code is None:
                continue
            classes = set(div.get("class", []))
            found.append(Block(page, code.get_text(), bool(classes & PYTHON_CLASSES),
                               div.find_parent("div", class_="tabbed-set")))
    return found


def snippet_sources(root: Path = SNIPPETS) -> dict[str, Path]:
    """Normalised text -> snippet file, for whole files (marker lines removed) and named sections."""
    sources = {}
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        sources[normalise("\n".join(ln for ln in lines if not MARKER.match(ln)))] = path
        for name in re.findall(r"^\s*# --8<-- \[start:([^\]]+)\]", "\n".join(lines), re.M):
            body = [ln for ln in section_lines("\n".join(lines), name) if not MARKER.match(ln)]
            sources[normalise(textwrap.dedent("\n".join(body)))] = path
    return sources


def first_line(text: str) -> str:
    return next((ln.strip() for ln in text.splitlines() if ln.strip()), "(empty)")

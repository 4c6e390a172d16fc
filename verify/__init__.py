"""Shared checks behind the site build (hooks/) and the test suite (tests/)."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGUAGES = ("zh", "en")  # the first one is the default language


class SiteError(Exception):
    """A problem in a page or snippet, reported as 'path:line: message'."""

    def __init__(self, path: Path, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{rel(path)}:{line}: {message}")


def rel(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def in_ci() -> bool:
    """Running under CI (CI=true, as GitHub Actions and .ci/run set it): a missing tool or
    interpreter fails the suite instead of skipping what needs it."""
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")

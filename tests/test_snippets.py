"""Every snippet runs as its own process and prints exactly its .out file (contract 2-3, 8).

One test per snippet, interpreter (3.11-3.14, each in a venv of snippets/requirements.lock) and,
for multiprocessing snippets, start method.
The runs on the interpreter running pytest are measured by coverage; the last test checks that
they executed every line of snippets/.
"""

import re
import sys

import pytest

from tests.conftest import skip_unless_ci
from verify import ROOT, SNIPPETS, snippet_coverage
from verify.interpreters import VERSIONS, snippet_python
from verify.snippets import START_METHODS, all_snippets, browser_marker_errors, missing_programs, problems, run

COVERAGE_DIR = ROOT / ".cache" / "coverage"
CURRENT = sys.version_info[:2]
SNIPPET_LIST = all_snippets()


def variants():
    for s in SNIPPET_LIST:
        for version in VERSIONS:
            for method in START_METHODS if s.uses_multiprocessing else (None,):
                tag = "py%d.%d" % version + (f"-{method}" if method else "")
                yield pytest.param(s, version, method, id=f"{s.name}-{tag}")


def measured(snippet, version, method) -> bool:
    """Coverage is collected once per snippet: this interpreter, first start method."""
    return version == CURRENT and method in (None, START_METHODS[0])


@pytest.fixture(scope="session")
def coverage_rc():
    return snippet_coverage.config(COVERAGE_DIR, SNIPPETS)


@pytest.mark.parametrize("snippet, version, method", list(variants()))
def test_snippet(snippet, version, method, coverage_rc):
    if snippet.requires > version:
        pytest.skip("%s needs Python %d.%d+ (declared with # requires)" % ((snippet.name,) + snippet.requires))
    if missing := missing_programs(snippet):
        skip_unless_ci(f"{snippet.name} needs {', '.join(missing)} (declared with # needs), not installed")
    python = snippet_python(version)
    if python is None:
        skip_unless_ci("no Python %d.%d on this machine" % version)
    label = "python%d.%d" % version + (f", {method}" if method else "")
    result = run(snippet, python, method, coverage_rc if measured(snippet, version, method) else None, label)
    if message := problems(result):
        pytest.fail(message, pytrace=False)


def test_every_line_of_snippets_runs(request, coverage_rc):
    """Contract f: the runs above executed every line of snippets/ (exclusions: # pragma: no cover)."""
    wanted = {s.name for s in SNIPPET_LIST if s.requires <= CURRENT}
    runs = [item.callspec.params for item in request.session.items if item.originalname == "test_snippet"]
    ran = {p["snippet"].name for p in runs if measured(p["snippet"], p["version"], p["method"])}
    if missing := wanted - ran:
        pytest.skip(f"coverage needs every snippet's run; {len(missing)} were not selected")
    complete, report = snippet_coverage.report(coverage_rc)
    assert complete, f"lines of snippets/ that no run executed:\n{report}"


def test_coverage_exclusions_are_justified():
    """`# pragma: no cover` in a snippet must say why, e.g. `# pragma: no cover -- only on Windows`."""
    bare = [f"{s.name}:{n}" for s in SNIPPET_LIST for n, line in enumerate(s.text.splitlines(), 1)
            if "pragma: no cover" in line and not re.search(r"pragma: no cover\s*(--|:)\s*\S", line)]
    assert bare == []


def test_browser_marker_matches_what_snippets_use():
    """asyncio snippets with no threads, processes, sockets or files are `# browser: runnable`; no others are."""
    errors = [e for s in SNIPPET_LIST if (e := browser_marker_errors(s))]
    assert not errors, "\n".join(errors)

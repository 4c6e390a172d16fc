"""Bad input fails clearly: each broken case names the file and line (DEVELOPERS.md, "Bad input").

Build-time cases build a small throwaway site that uses the real hooks; run-time cases run
throwaway snippets through the same runner as test_snippets.py.
"""

import re
import subprocess
import textwrap
from pathlib import Path

import pytest

from tests.conftest import mkdocs_build, skip_unless_ci
from tests.test_built_site import untraced
from verify import ROOT, in_ci, snippet_coverage
from verify.interpreters import snippet_python
from verify.pages import parity_errors
from verify.snippets import (
    COVERAGE_SLOWDOWN,
    Snippet,
    browser_marker_errors,
    loopback_only_prefix,
    missing_programs,
    problems,
    run,
)

HELLO = 'print("hello")\n'
INCLUDE = '```python\n--8<-- "demo/hello.py"\n```\n'


def fixture_site(tmp: Path, zh: dict[str, str], en: dict[str, str]) -> Path:
    """A two-language site with the real hooks and extensions, and one snippet demo/hello.py."""
    (tmp / "snippets/demo").mkdir(parents=True)
    (tmp / "snippets/demo/hello.py").write_text(HELLO + "# --8<-- [start:part]\nx = 1\n# --8<-- [end:part]\n")
    (tmp / "snippets/demo/hello.out").write_text("hello\n")
    for lang, files in (("zh", zh), ("en", en)):
        for name, text in files.items():
            (tmp / "docs" / lang / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp / "docs" / lang / name).write_text(text, encoding="utf-8")
    (tmp / "mkdocs.yml").write_text(textwrap.dedent(f"""\
        site_name: Fixture
        theme: {{name: material, font: false}}
        hooks: [{ROOT}/hooks/language_parity.py, {ROOT}/hooks/code_output_tabs.py, {ROOT}/hooks/benchmark_charts.py]
        plugins:
          - search
          - i18n:
              docs_structure: folder
              fallback_to_default: false
              languages:
                - {{locale: zh, name: 中文, default: true}}
                - {{locale: en, name: English}}
        markdown_extensions:
          - pymdownx.snippets: {{base_path: [snippets], check_paths: true}}
          - pymdownx.superfences
          - pymdownx.tabbed: {{alternate_style: true}}
          - pymdownx.highlight: {{pygments_lang_class: true}}
        """))
    return tmp


def build_fails(tmp: Path, zh: dict[str, str], en: dict[str, str] | None = None) -> str:
    root = fixture_site(tmp, zh, zh if en is None else en)
    result = mkdocs_build(root / "mkdocs.yml", tmp / "site", cwd=root)
    assert result.returncode != 0, "the build should have failed"
    return result.stderr


def test_fixture_site_builds(tmp_path):
    """The baseline for the cases below: a correct page builds and shows the snippet's output."""
    root = fixture_site(tmp_path, {"index.md": "# Home\n\n" + INCLUDE}, {"index.md": "# Home\n\n" + INCLUDE})
    result = mkdocs_build(root / "mkdocs.yml", tmp_path / "site", cwd=root)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/en/index.html").read_text(encoding="utf-8")
    assert ">Code</label>" in html and ">Output</label>" in html and "hello" in html


def test_version_badge_and_unordered_note(tmp_path):
    root = fixture_site(tmp_path, {"index.md": "# Home\n\n" + INCLUDE}, {"index.md": "# Home\n\n" + INCLUDE})
    (root / "snippets/demo/hello.py").write_text("# requires: 3.13\n# output: unordered\n" + HELLO)
    assert mkdocs_build(root / "mkdocs.yml", tmp_path / "site", cwd=root).returncode == 0
    zh = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    en = (tmp_path / "site/en/index.html").read_text(encoding="utf-8")
    assert '<span class="version-badge">需要 Python 3.13+</span>' in zh
    assert '<span class="version-badge">Requires Python 3.13+</span>' in en
    assert "Line order may differ between runs" in en


def test_missing_include_file(tmp_path):
    err = build_fails(tmp_path, {"index.md": "# Home\n\n```python\n--8<-- \"demo/nope.py\"\n```\n"})
    assert 'docs/zh/index.md:4: include "demo/nope.py": no such file' in err


def test_missing_section(tmp_path):
    err = build_fails(tmp_path, {"index.md": "# Home\n\n```python\n--8<-- \"demo/hello.py:other\"\n```\n"})
    assert 'docs/zh/index.md:4: include "demo/hello.py:other": no section "[start:other]"' in err


def test_include_by_line_numbers(tmp_path):
    err = build_fails(tmp_path, {"index.md": "# Home\n\n```python\n--8<-- \"demo/hello.py:1:2\"\n```\n"})
    assert "docs/zh/index.md:4:" in err and "never line numbers" in err


def test_missing_expected_output(tmp_path):
    root = fixture_site(tmp_path, {"index.md": "# Home\n\n" + INCLUDE}, {"index.md": "# Home\n\n" + INCLUDE})
    (root / "snippets/demo/hello.out").unlink()
    result = mkdocs_build(root / "mkdocs.yml", tmp_path / "site", cwd=root)
    assert result.returncode != 0 and "docs/zh/index.md:3: demo/hello.py has no expected output file" in result.stderr


def test_annotation_list_that_does_not_match_the_markers(tmp_path):
    root = fixture_site(tmp_path, {"index.md": "# Home\n"}, {"index.md": "# Home\n"})
    (root / "snippets/demo/hello.py").write_text('print("hello")  # (1)!\n')
    page = "# Home\n\n" + INCLUDE + "\n1.  one\n2.  two\n"
    for lang in ("zh", "en"):
        (root / "docs" / lang / "index.md").write_text(page)
    result = mkdocs_build(root / "mkdocs.yml", tmp_path / "site", cwd=root)
    assert result.returncode != 0
    assert ("docs/zh/index.md:3: demo/hello.py has 1 annotation markers # (n)! "
            "but the list after the include has 2 items") in result.stderr


def test_page_in_one_language_only(tmp_path):
    page = {"index.md": "# Home\n", "extra.md": "# Extra\n"}
    err = build_fails(tmp_path, page, {"index.md": "# Home\n"})
    assert "docs/zh/extra.md:1: page has no en translation" in err


def test_includes_in_a_different_order(tmp_path):
    two = INCLUDE + "\n```python\n--8<-- \"demo/hello.py:part\"\n```\n"
    swapped = "```python\n--8<-- \"demo/hello.py:part\"\n```\n\n" + INCLUDE
    err = build_fails(tmp_path, {"index.md": "# Home\n\n" + two}, {"index.md": "# Home\n\n" + swapped})
    assert 'docs/en/index.md:4: include #1 is "demo/hello.py:part" but' in err
    assert parity_errors(tmp_path / "docs")  # the test suite's own parity check agrees


def test_different_number_of_headings(tmp_path):
    fixture_site(tmp_path, {"index.md": "# Home\n\n## Part\n"}, {"index.md": "# Home\n"})
    docs = tmp_path / "docs"
    assert parity_errors(docs) == [f"{docs}/en/index.md:1: 1 headings, but {docs}/zh/index.md has 2"]


def test_chart_without_recorded_data(tmp_path):
    stderr = build_fails(tmp_path, {"index.md": "# Home\n\n<!-- chart: benchmarks/none.json -->\n"})
    assert "docs/zh/index.md:3: chart benchmarks/none.json: FileNotFoundError" in stderr


MERMAID_FENCE = """pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid-diagram
          format: !!python/name:pymdownx.superfences.fence_code_format"""


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists() and not in_ci(),
                    reason="Chromium is not installed (apt-get install chromium): diagrams are drawn in the browser")
@pytest.mark.parametrize("diagram, drawn", [("flowchart LR\n  A --> B", True), ("flowchart LR\n  A -->", False)])
def test_diagram_mermaid_cannot_draw(tmp_path, diagram, drawn):
    page = {"index.md": f"# Home\n\n```mermaid\n{diagram}\n```\n"}
    root = fixture_site(tmp_path, page, page)
    config = (root / "mkdocs.yml").read_text()
    config = config.replace("hooks: [", f"hooks: [{ROOT}/hooks/diagrams.py, ").replace("- pymdownx.superfences\n",
                                                                                   f"- {MERMAID_FENCE}\n")
    (root / "mkdocs.yml").write_text(config)
    result = mkdocs_build(root / "mkdocs.yml", tmp_path / "site", cwd=root)
    if drawn:
        assert result.returncode == 0, result.stderr
        assert '<div class="mermaid-diagram rendered"><div class="diagram-light"><svg' in (
            tmp_path / "site/index.html").read_text(encoding="utf-8")
    else:
        assert result.returncode != 0
        assert re.search(r"docs/(zh|en)/index\.md:3: mermaid cannot draw this diagram: .*Parse error", result.stderr), (
            result.stderr)


def test_hand_written_untested_block(tmp_path):
    """A Python block the inline-example runner does not see (here a ~~~ fence) fails the HTML check."""
    page = {"index.md": "# Home\n\n~~~python\nprint('typed by hand')\n~~~\n"}
    root = fixture_site(tmp_path, page, page)
    assert mkdocs_build(root / "mkdocs.yml", tmp_path / "site", cwd=root).returncode == 0
    problems_found = untraced(tmp_path / "site", root / "docs", root / "snippets")
    assert len(problems_found) == 2 and "untested Python block starting \"print('typed by hand')\"" in problems_found[0]


def snippet(tmp: Path, code: str, out: str | None = None) -> Snippet:
    path = tmp / "demo.py"
    path.write_text(textwrap.dedent(code))
    if out is not None:
        path.with_suffix(".out").write_text(out)
    return Snippet(path)


def test_snippet_that_raises(tmp_path):
    s = snippet(tmp_path, """\
        def main():
            raise ValueError("boom")

        main()
        """, "")
    message = problems(run(s))
    assert message.startswith(f"{tmp_path}/demo.py:2: [python] exit code 1") and "ValueError: boom" in message


def test_snippet_with_a_warning_on_stderr(tmp_path):
    s = snippet(tmp_path, 'import warnings\nwarnings.warn("careful", ResourceWarning)\nprint("x")\n', "x\n")
    assert "exit code 1" in problems(run(s))  # -W error turns the warning into an error


def test_wrong_expected_output(tmp_path):
    s = snippet(tmp_path, 'print("one")\nprint("two")\n', "one\nthree\n")
    message = problems(run(s))
    assert message.startswith(f"{tmp_path}/demo.out:2: [python] output of {tmp_path}/demo.py differs")
    assert "-three\n+two" in message


def test_unordered_output_is_compared_sorted(tmp_path):
    s = snippet(tmp_path, '# output: unordered\nprint("b")\nprint("a")\n', "a\nb\n")
    assert problems(run(s)) is None
    s.expected_path.write_text("a\nc\n")
    assert "compared as sorted lines" in problems(run(s))


@pytest.mark.parametrize("child", [False, True])
def test_snippet_that_hangs_is_killed(tmp_path, child):
    """Killed at its timeout, children included, and reported with what it printed so far."""
    lines = ["# timeout: 2", "import subprocess, sys, time", 'print("started", flush=True)',
             'subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])' if child else "",
             "time.sleep(60)"]
    s = snippet(tmp_path, "\n".join(lines) + "\n", "")
    r = run(s)
    message = problems(r)
    assert message.startswith(f"{tmp_path}/demo.py:1: [python] killed after its 2 s timeout") and "started" in message
    leftover = subprocess.run(["pgrep", "-f", "import time; time.sleep\\(60\\)"], capture_output=True, text=True)
    assert leftover.stdout == "", "the snippet's child process survived the timeout"


def test_a_run_measured_by_coverage_gets_more_time(tmp_path):
    """Tracing slows CPU-bound code, so a coverage-measured run gets COVERAGE_SLOWDOWN times its timeout."""
    s = snippet(tmp_path, "# timeout: 2\nimport time\n\ntime.sleep(3)\nprint('slept')\n", "slept\n")
    assert problems(run(s)).startswith(f"{tmp_path}/demo.py:1: [python] killed after its 2 s timeout")
    measured = run(s, coverage_rc=snippet_coverage.config(tmp_path / "coverage", tmp_path))
    assert measured.timeout == 2 * COVERAGE_SLOWDOWN and problems(measured) is None


def test_snippet_line_that_never_runs(tmp_path):
    """Coverage names the snippet and the line no run executed (here inside a worker process)."""
    s = snippet(tmp_path, """\
        from concurrent.futures import ProcessPoolExecutor


        def work(n: int) -> int:
            if n < 0:
                return 0
            return n * 2


        if __name__ == "__main__":
            with ProcessPoolExecutor(1) as pool:
                print(pool.submit(work, 21).result())
        """, "42\n")
    rc = snippet_coverage.config(tmp_path / "cov", tmp_path)
    assert problems(run(s, start_method="spawn", coverage_rc=rc)) is None
    complete, report = snippet_coverage.report(rc)
    # one line missed, line 6; line 7 ran in the worker process and is counted
    assert not complete and re.search(r"demo\.py\s+8\s+1\s+\d+%\s+6$", report, re.M), report


def test_snippet_that_leaves_a_child_process_running(tmp_path):
    """A process that outlives the snippet fails the run, named by its command line, and is killed."""
    s = snippet(tmp_path, """\
        import subprocess
        import sys

        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(59)"], stderr=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL)
        print("parent done")
        """, "parent done\n")
    message = problems(run(s))
    assert message.startswith(f"{tmp_path}/demo.py:1: [python] left 1 process(es) running after it exited")
    assert "import time; time.sleep(59)" in message
    leftover = subprocess.run(["pgrep", "-f", "time.sleep\\(59\\)"], capture_output=True, text=True)
    assert leftover.stdout == "", "the leftover process was not killed"


def test_snippet_that_leaves_a_daemon_listening(tmp_path):
    """A process that left the snippet's session (as a daemon does) is found all the same, with the
    port it still listens on, and killed."""
    s = snippet(tmp_path, """\
        import socket
        import subprocess
        import sys

        with socket.create_server(("127.0.0.1", 0)) as server:
            subprocess.Popen([sys.executable, "-c", "import time; time.sleep(58)"], pass_fds=[server.fileno()],
                             start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("parent done")
        """, "parent done\n")
    message = problems(run(s))
    assert message.startswith(f"{tmp_path}/demo.py:1: [python] left 1 process(es) running after it exited")
    assert re.search(r"import time; time.sleep\(58\) \(listening on 127\.0\.0\.1:\d+\)$", message, re.M), message
    leftover = subprocess.run(["pgrep", "-f", "time.sleep\\(58\\)"], capture_output=True, text=True)
    assert leftover.stdout == "", "the daemon was not killed"


def test_fork_in_a_multithreaded_process_fails_the_run(tmp_path):
    """Python 3.12+ warns when fork() copies a process that runs threads; -W error alone would hide it."""
    python = snippet_python((3, 12))
    if python is None:
        skip_unless_ci("no Python 3.12 on this machine")
    s = snippet(tmp_path, """\
        import multiprocessing
        import threading

        if __name__ == "__main__":
            stop = threading.Event()
            waiter = threading.Thread(target=stop.wait)
            waiter.start()
            child = multiprocessing.get_context("fork").Process(target=print, args=("child",))
            child.start()
            child.join(timeout=10)
            stop.set()
            waiter.join(timeout=10)
        """, "child\n")
    message = problems(run(s, python))
    assert "stderr not empty" in message and "is multi-threaded, use of fork() may lead to deadlocks" in message


def test_fork_right_after_a_thread_was_joined_passes(tmp_path):
    """A thread Python has joined lingers in the OS for a moment, and 3.12+ counts OS threads when
    it warns about fork: the run's start-method shim waits for it, so this is not warned about."""
    python = snippet_python((3, 12))
    if python is None:
        skip_unless_ci("no Python 3.12 on this machine")
    s = snippet(tmp_path, """\
        import multiprocessing
        import threading

        if __name__ == "__main__":
            for _ in range(200):
                helper = threading.Thread(target=int)
                helper.start()
                helper.join()
                child = multiprocessing.Process(target=int)
                child.start()
                child.join(timeout=10)
            print("forked 200 times")
        """, "forked 200 times\n")
    assert problems(run(s, python, start_method="fork")) is None


ASYNCIO_WITH_A_PENDING_TASK = """\
{marker}import asyncio


async def main():
    asyncio.create_task(asyncio.sleep(60))
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
"""


def test_asyncio_snippet_that_leaves_a_pending_task(tmp_path):
    s = snippet(tmp_path, ASYNCIO_WITH_A_PENDING_TASK.format(marker=""), "main done\n")
    message = problems(run(s))
    assert message.startswith(f"{tmp_path}/demo.py:1: [python] exit code 0, stderr not empty")
    assert "asyncio.run() had to cancel 1 pending task(s) at shutdown: sleep" in message
    allowed = snippet(tmp_path, ASYNCIO_WITH_A_PENDING_TASK.format(marker="# tasks: pending-at-exit\n"), "main done\n")
    assert problems(run(allowed)) is None


@pytest.mark.parametrize("code, error", [
    ("# browser: runnable\nimport threading\nimport asyncio\n",
     "demo.py:1: marked `# browser: runnable` but uses import threading"),
    ("import asyncio\n\n# browser: runnable\nopen('x')\n", "demo.py:3: marked `# browser: runnable` but uses open()"),
    ("import asyncio\nasyncio.run(asyncio.to_thread(print))\n", None),
    ("# browser: unsupported (debug-mode)\nimport asyncio\nasyncio.run(asyncio.sleep(0))\n", None),
    ("import asyncio\n# browser: unsupported\nasyncio.run(asyncio.sleep(0))\n",
     "demo.py:2: `# browser: unsupported` needs a reason in parentheses, one of: own-loop, debug-mode, task-count, gc,"
     " eager, loop-errors, timing"),
    ("# browser: unsupported (it-is-hard)\nimport asyncio\n", "demo.py:1: `# browser: unsupported` needs a reason"
     " in parentheses, one of: own-loop, debug-mode, task-count, gc, eager, loop-errors, timing"),
    ("import asyncio\nasyncio.run(asyncio.sleep(0))\n",
     "demo.py:1: asyncio snippet with no threads, processes, sockets or files: mark it `# browser: runnable`"
     " (or `# browser: unsupported (reason)` where Pyodide runs it differently)"),
])
def test_browser_marker_that_does_not_match_the_code(tmp_path, code, error):
    message = browser_marker_errors(snippet(tmp_path, code))
    assert (message is None) if error is None else message.endswith(error)


def test_snippets_see_only_loopback(tmp_path):
    """Snippets run in a network namespace holding only `lo`: nothing beyond 127.0.0.1 is reachable."""
    if not loopback_only_prefix():
        skip_unless_ci("this machine cannot make a network namespace (needs root and unshare)")
    s = snippet(tmp_path, "import socket\n\nprint([name for _, name in socket.if_nameindex()])\n", "['lo']\n")
    assert problems(run(s)) is None


@pytest.mark.parametrize("ci, outcome", [("true", pytest.fail.Exception), ("", pytest.skip.Exception),
                                         ("false", pytest.skip.Exception)])
def test_missing_program_skips_but_fails_under_ci(tmp_path, monkeypatch, ci, outcome):
    """A snippet whose `# needs:` program is absent is skipped with the reason, except under CI."""
    s = snippet(tmp_path, "# needs: sh,no-such-program-here\nprint('x')\n", "x\n")
    assert missing_programs(s) == ["no-such-program-here"]
    monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="no-such-program-here"):
        skip_unless_ci(f"demo.py needs {', '.join(missing_programs(s))} (declared with # needs), not installed")

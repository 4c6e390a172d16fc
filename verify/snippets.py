"""Running a snippet as its own process and comparing what it printed with its .out file.

Metadata is written in the snippet as comment lines of the form `# key: value`:
    # requires: 3.13          needs this Python or newer (the page shows a version badge)
    # output: unordered       line order varies between runs; compare sorted lines
    # timeout: 60             seconds before the run is killed (default 30)
"""

import difflib
import os
import re
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from verify import ROOT, SNIPPETS, rel

DEFAULT_TIMEOUT = 30.0
START_METHODS = ("spawn", "fork", "forkserver")
META = re.compile(r"^# (requires|output|timeout): *(\S+) *$", re.M)
MULTIPROCESSING = re.compile(
    r"^\s*(import multiprocessing|from multiprocessing\b|from concurrent\.futures import .*ProcessPoolExecutor)", re.M)
START_METHOD_SHIM = ROOT / "verify" / "start_method"  # holds a sitecustomize.py


@dataclass
class Snippet:
    path: Path

    @property
    def name(self) -> str:
        return self.path.relative_to(SNIPPETS).as_posix()

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def meta(self) -> dict[str, str]:
        return dict(META.findall(self.text))

    @property
    def requires(self) -> tuple[int, int]:
        major, minor = self.meta.get("requires", "3.11").split(".")
        return int(major), int(minor)

    @property
    def unordered(self) -> bool:
        return self.meta.get("output") == "unordered"

    @property
    def timeout(self) -> float:
        return float(self.meta.get("timeout", DEFAULT_TIMEOUT))

    @property
    def uses_multiprocessing(self) -> bool:
        return bool(MULTIPROCESSING.search(self.text))

    @property
    def expected_path(self) -> Path:
        return self.path.with_suffix(".out")


def all_snippets(root: Path = SNIPPETS) -> list[Snippet]:
    return [Snippet(p) for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts]


@dataclass
class Run:
    snippet: Snippet
    returncode: int | None  # None: killed at the timeout
    stdout: str
    stderr: str
    label: str  # e.g. "python3.12, spawn"


def run(snippet: Snippet, python: str = sys.executable, start_method: str | None = None,
        coverage_rc: Path | None = None, label: str = "") -> Run:
    """Run `python -X dev -W error snippet.py` in an empty temporary directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COV_", "COVERAGE"))}
    env.update(PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    if start_method:
        env.update(PYTHONPATH=str(START_METHOD_SHIM), SNIPPET_START_METHOD=start_method)
    cmd = [python, "-X", "dev", "-W", "error"]
    if coverage_rc:  # measure this run (and its child processes) with the given coverage config
        cmd += ["-m", "coverage", "run", f"--rcfile={coverage_rc}"]
    with tempfile.TemporaryDirectory(prefix="snippet-") as cwd:
        # A new session, so a timeout can kill the snippet's child processes too.
        proc = subprocess.Popen(cmd + [str(snippet.path)], cwd=cwd, env=env, text=True, encoding="utf-8",
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=snippet.timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code = None
    return Run(snippet, code, out, err, label or Path(python).name)


def problems(r: Run) -> str | None:
    """None if the run matches the contract, else a message naming the file and line."""
    s = r.snippet
    where = f"[{r.label}]"
    if r.returncode is None:
        return (f"{rel(s.path)}:1: {where} killed after its {s.timeout:g} s timeout (hung?)\n"
                f"--- stdout so far ---\n{r.stdout}--- stderr so far ---\n{r.stderr}")
    if r.returncode != 0 or r.stderr:
        line = _error_line(s.path, r.stderr)
        return (f"{rel(s.path)}:{line}: {where} exit code {r.returncode}, "
                f"{'stderr not empty' if r.stderr else 'no stderr'}\n--- stderr ---\n{r.stderr}")
    if not s.expected_path.exists():
        return f"{rel(s.path)}:1: {where} no expected output file {rel(s.expected_path)} (run ./run update)"
    return diff_output(s, r.stdout, where)


def diff_output(s: Snippet, actual: str, where: str = "") -> str | None:
    expected = s.expected_path.read_text(encoding="utf-8")
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    if s.unordered:
        exp_lines, act_lines = sorted(exp_lines), sorted(act_lines)
    if exp_lines == act_lines:
        return None
    pairs = zip(exp_lines, act_lines, strict=False)
    first = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(exp_lines), len(act_lines)))
    diff = "\n".join(difflib.unified_diff(exp_lines, act_lines, "expected", "actual", lineterm=""))
    order = " (compared as sorted lines)" if s.unordered else ""
    return (f"{rel(s.expected_path)}:{first + 1}: {where} output of {rel(s.path)} differs from the expected"
            f" output{order}\n{diff}")


def _error_line(path: Path, stderr: str) -> int:
    """The innermost traceback line that points into the snippet itself."""
    lines = re.findall(rf'File "{re.escape(str(path))}", line (\d+)', stderr)
    return int(lines[-1]) if lines else 1


def update(snippet: Snippet) -> str:
    """Rewrite the snippet's .out file from a real run; returns what changed, or raises."""
    r = run(snippet)
    if r.returncode != 0 or r.stderr:
        raise RuntimeError(f"not refreshed: {problems(r)}")
    old = snippet.expected_path.read_text(encoding="utf-8") if snippet.expected_path.exists() else None
    if old is not None and (old == r.stdout or diff_output(snippet, r.stdout) is None):
        return ""  # an unordered snippet keeps its file when only the order changed
    snippet.expected_path.write_text(r.stdout, encoding="utf-8")
    return f"{rel(snippet.expected_path)}: {'written' if old is None else 'updated'}"


if __name__ == "__main__":
    # python -m verify.snippets [snippet.py ...]: refresh expected outputs (all when none given).
    chosen = [Snippet(Path(p).resolve()) for p in sys.argv[1:]] or all_snippets()
    failed = False
    for s in chosen:
        try:
            if note := update(s):
                print(note)
        except RuntimeError as e:
            print(e, file=sys.stderr)
            failed = True
    sys.exit(1 if failed else 0)

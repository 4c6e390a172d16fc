"""Running a snippet as its own process and comparing what it printed with its .out file.

Metadata is written in the snippet as comment lines of the form `# key: value`:
    # requires: 3.13          needs this Python or newer (the page shows a version badge)
    # output: unordered       line order varies between runs; compare sorted lines
    # timeout: 60             seconds before the run is killed (default 30; 3x under coverage)
    # tasks: pending-at-exit  asyncio.run() may cancel pending tasks at shutdown (otherwise an error)
    # browser: runnable       can run in the browser (Pyodide): no threads, processes, sockets, files
    # browser: unsupported (debug-mode)   asyncio code that Pyodide runs differently, and why (one of
                            BROWSER_REASONS; the page explains it, and the browser suite proves it)
    # needs: redis-server     a program the snippet starts; without it the run is skipped (failed in CI)
"""

import ast
import contextlib
import difflib
import ipaddress
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from verify import ROOT, SNIPPETS, interpreters, rel

DEFAULT_TIMEOUT = 30.0
START_METHODS = ("spawn", "fork", "forkserver")
META = re.compile(r"^# (requires|output|timeout|tasks|browser|needs): *(\S+(?: \([\w-]+\))?) *$", re.M)
# Why an asyncio snippet cannot get a Run button: hooks/code_output_tabs.py explains each on the page.
BROWSER_REASONS = ("own-loop", "debug-mode", "task-count", "gc", "eager", "loop-errors", "timing")
MULTIPROCESSING = re.compile(
    r"^\s*(import multiprocessing|from multiprocessing\b)|\bProcessPoolExecutor\b", re.M)
RUNTIME_SHIM = ROOT / "verify" / "runtime"  # holds a sitecustomize.py
LEFTOVER_GRACE = 3.0  # seconds a child process may take to exit after the snippet did
COVERAGE_SLOWDOWN = 3  # a run measured by coverage gets this many times its timeout: tracing slows CPU-bound code
# -W error turns 3.12+'s warning about fork() in a multi-threaded process into an exception raised
# where nothing can catch it, so it vanishes; printed instead, it reaches stderr and fails the run.
FORK_WARNING = "always:This process:DeprecationWarning"
RUN_TOKEN = "SNIPPET_RUN_TOKEN"  # environment variable marking the processes of one run


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
    def allows_pending_tasks(self) -> bool:
        return self.meta.get("tasks") == "pending-at-exit"

    @property
    def browser_runnable(self) -> bool:
        return self.meta.get("browser") == "runnable"

    @property
    def browser_unsupported(self) -> str | None:
        """The reason given by `# browser: unsupported (reason)`, or None."""
        found = re.fullmatch(r"unsupported(?: \(([\w-]+)\))?", self.meta.get("browser", ""))
        return (found[1] or "") if found else None

    @property
    def needs(self) -> list[str]:
        return self.meta.get("needs", "").split(",") if "needs" in self.meta else []

    @property
    def uses_asyncio(self) -> bool:
        return bool(re.search(r"^\s*(import asyncio|from asyncio\b)", self.text, re.M))

    @property
    def expected_path(self) -> Path:
        return self.path.with_suffix(".out")


# What Pyodide cannot do in a browser: threads, processes, sockets, files, subprocesses.
NOT_IN_BROWSER_MODULES = {"threading", "_thread", "multiprocessing", "concurrent", "socket", "ssl", "selectors",
                          "subprocess", "signal", "tempfile", "pathlib", "shutil", "http", "urllib", "sqlite3"}
NOT_IN_BROWSER_CALLS = {"open", "to_thread", "run_in_executor", "start_server", "open_connection", "create_server",
                        "create_connection", "create_subprocess_exec", "create_subprocess_shell",
                        "call_soon_threadsafe", "run_coroutine_threadsafe", "start_unix_server", "open_unix_connection"}


def browser_blockers(source: str) -> list[str]:
    """What in `source` keeps it from running in the browser, e.g. ["import threading", "open()"].

    Packages outside the standard library count too: the site's Pyodide has none of them.
    """
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found.update(f"import {n}" for n in names if n and n.split(".")[0] in NOT_IN_BROWSER_MODULES
                         or n.split(".")[0] not in sys.stdlib_module_names)
        elif isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in NOT_IN_BROWSER_CALLS:
                found.add(f"{name}()")
    return sorted(found)


def browser_marker_errors(s: "Snippet") -> str | None:
    blockers = browser_blockers(s.text)
    line = s.text[:s.text.index("# browser:")].count("\n") + 1 if "# browser:" in s.text else 1
    if s.browser_runnable and blockers:
        return f"{rel(s.path)}:{line}: marked `# browser: runnable` but uses {', '.join(blockers)}"
    if s.browser_unsupported is not None and s.browser_unsupported not in BROWSER_REASONS:
        return (f"{rel(s.path)}:{line}: `# browser: unsupported` needs a reason in parentheses, one of: "
                + ", ".join(BROWSER_REASONS))
    if s.uses_asyncio and not blockers and not s.browser_runnable and s.browser_unsupported is None:
        return (f"{rel(s.path)}:1: asyncio snippet with no threads, processes, sockets or files: mark it "
                "`# browser: runnable` (or `# browser: unsupported (reason)` where Pyodide runs it differently)")
    return None


def missing_programs(s: "Snippet") -> list[str]:
    """The programs the snippet declares with `# needs:` that are not on PATH."""
    return [program for program in s.needs if shutil.which(program) is None]


def all_snippets(root: Path = SNIPPETS) -> list[Snippet]:
    return [Snippet(p) for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts]


@dataclass
class Run:
    snippet: Snippet
    returncode: int | None  # None: killed at the timeout
    stdout: str
    stderr: str
    label: str  # e.g. "python3.12, spawn"
    leftovers: list[str] = field(default_factory=list)  # processes still running after the snippet exited
    timeout: float = DEFAULT_TIMEOUT  # seconds the run was given


def run(snippet: Snippet, python: str | None = None, start_method: str | None = None,
        coverage_rc: Path | None = None, label: str = "") -> Run:
    """Run `python -X dev -W error snippet.py` in an empty temporary directory.

    `python` defaults to the snippet venv (interpreters.snippet_python) of the running Python version.
    """
    python = python or interpreters.snippet_python(sys.version_info[:2])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COV_", "COVERAGE"))}
    env.update(PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(RUNTIME_SHIM))
    if start_method:
        env.update(SNIPPET_START_METHOD=start_method)
    if snippet.allows_pending_tasks:
        env.update(SNIPPET_ALLOW_PENDING_TASKS="1")
    cmd = [*loopback_only_prefix(), python, "-X", "dev", "-W", "error", "-W", FORK_WARNING]
    if coverage_rc:  # measure this run (and its child processes) with the given coverage config
        cmd += ["-m", "coverage", "run", f"--rcfile={coverage_rc}"]
    timeout = snippet.timeout * (COVERAGE_SLOWDOWN if coverage_rc else 1)
    env[RUN_TOKEN] = uuid.uuid4().hex  # inherited by every descendant, even one that leaves the session
    with tempfile.TemporaryDirectory(prefix="snippet-") as cwd:
        # A new session, so a timeout can kill the snippet's child processes too.
        proc = subprocess.Popen(cmd + [str(snippet.path)], cwd=cwd, env=env, text=True, encoding="utf-8",
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            out, err = proc.communicate(timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code = None
        left = run_processes(proc.pid, env[RUN_TOKEN], wait=LEFTOVER_GRACE if code is not None else 0)
        for pid in left:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    return Run(snippet, code, out, err, label or "python", list(left.values()), timeout)


LOOPBACK_UP = ["--", "sh", "-c", 'ip link set lo up && exec "$0" "$@"']
NAMESPACES = (["unshare", "--net"],  # as root
              ["unshare", "--map-root-user", "--net"])  # as a user, where user namespaces are allowed


@cache
def loopback_only_prefix() -> list[str]:
    """A command prefix that runs a snippet in a network namespace holding only loopback, so any
    connection beyond 127.0.0.1 fails at once; [] where this machine allows neither way."""
    for unshare in NAMESPACES:
        if subprocess.run([*unshare, *LOOPBACK_UP, "true"], capture_output=True).returncode == 0:
            return [*unshare, *LOOPBACK_UP]
    return []


def run_processes(session: int, token: str, wait: float = 0.0) -> dict[int, str]:
    """pid -> command line (and listening sockets) of each process still alive from a run, after
    waiting up to `wait` s for them to end: the members of its session, and any process carrying
    its token in its environment (a daemon that left the session, say)."""
    deadline = time.monotonic() + wait
    mark = f"{RUN_TOKEN}={token}".encode()
    while True:
        found = {}
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
                if fields[0] == "Z" or (int(fields[3]) != session  # fields[3] is the session id
                                        and mark not in (proc / "environ").read_bytes().split(b"\0")):
                    continue
                cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode().strip()
                if ports := listening(proc):
                    cmdline += f" (listening on {', '.join(ports)})"
            except (OSError, IndexError, ValueError):
                continue  # the process ended while we looked
            found[int(proc.name)] = cmdline
        if not found or time.monotonic() >= deadline:
            return found
        time.sleep(0.05)


def listening(proc: Path) -> list[str]:
    """The TCP addresses a process (/proc/<pid>) listens on, as seen in its network namespace."""
    sockets = {os.readlink(fd) for fd in (proc / "fd").iterdir()}
    found = []
    for table in ("net/tcp", "net/tcp6"):
        for row in (proc / table).read_text().splitlines()[1:]:
            local, state, inode = row.split()[1], row.split()[3], row.split()[9]
            if state == "0A" and f"socket:[{inode}]" in sockets:  # 0A: LISTEN
                address, port = local.split(":")
                raw = bytes.fromhex(address)  # 32-bit words in host (little-endian) order
                ip = ipaddress.ip_address(b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4)))
                found.append(f"{ip}:{int(port, 16)}" if ip.version == 4 else f"[{ip}]:{int(port, 16)}")
    return found


def problems(r: Run) -> str | None:
    """None if the run matches the contract, else a message naming the file and line."""
    s = r.snippet
    where = f"[{r.label}]"
    if r.returncode is None:
        return (f"{rel(s.path)}:1: {where} killed after its {r.timeout:g} s timeout (hung?)\n"
                f"--- stdout so far ---\n{r.stdout}--- stderr so far ---\n{r.stderr}")
    if r.leftovers:
        return (f"{rel(s.path)}:1: {where} left {len(r.leftovers)} process(es) running after it exited:\n"
                + "\n".join(r.leftovers))
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
    version = max(snippet.requires, sys.version_info[:2])
    python = interpreters.snippet_python(version)
    if python is None:
        raise RuntimeError(f"not refreshed: {rel(snippet.path)} needs Python %d.%d, not found" % snippet.requires)
    r = run(snippet, python)
    if r.leftovers or r.returncode != 0 or r.stderr:
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

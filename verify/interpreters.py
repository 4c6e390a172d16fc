"""The CPython interpreters (3.11-3.14) this machine has, for the cross-version snippet runs."""

import fcntl
import glob
import os
import shutil
import subprocess
import sys
from functools import cache

from verify import ROOT

VERSIONS = ((3, 11), (3, 12), (3, 13), (3, 14))
LOCAL = ROOT / ".cache"  # tools/python314.py installs 3.14 here


@cache
def find(version: tuple[int, int]) -> str | None:
    """Path of a python for `version`: this one, one on PATH, under pyenv, or under .cache/."""
    if sys.version_info[:2] == version:
        return sys.executable
    name = "python%d.%d" % version
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    installed = sorted(glob.glob(f"{pyenv}/versions/%d.%d.*/bin/{name}" % version), reverse=True)
    local = LOCAL / ("python%d.%d" % version) / "usr" / "bin" / name
    candidates = [shutil.which(name), *installed, str(local)]
    for path in filter(None, candidates):
        try:
            out = subprocess.run([path, "-c", "import sys; print(sys.version_info[:2])"],
                                 capture_output=True, text=True, timeout=20).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out == str(version):
            return path
    return None


SNIPPET_LOCK = ROOT / "snippets" / "requirements.lock"
SNIPPET_ENVS = ROOT / ".cache" / "snippet-envs"


@cache
def snippet_python(version: tuple[int, int]) -> str | None:
    """The python of a venv for `version` holding what snippets import (snippets/requirements.lock).

    Made on first use and remade when the lock changes. Snippets always run in such a venv, so
    they see exactly the pinned packages, whatever the interpreter has installed.
    """
    base = find(version)
    if base is None:
        return None
    env = SNIPPET_ENVS / ("%d.%d" % version)
    python, stamp = env / "bin" / "python", env / ".installed-lock"
    SNIPPET_ENVS.mkdir(parents=True, exist_ok=True)
    with open(SNIPPET_ENVS / ".lock", "w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)  # one creator at a time, also across test runs
        if not (python.exists() and stamp.exists() and stamp.read_bytes() == SNIPPET_LOCK.read_bytes()):
            shutil.rmtree(env, ignore_errors=True)
            subprocess.run([base, "-m", "venv", "--without-pip", str(env)], check=True)
            # this venv's pip installs into the new one, which needs no pip (nor ensurepip) of its own
            subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-qq",
                            "--disable-pip-version-check", "--require-hashes", "-r", str(SNIPPET_LOCK)],
                           check=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
            stamp.write_bytes(SNIPPET_LOCK.read_bytes())
    return str(python)

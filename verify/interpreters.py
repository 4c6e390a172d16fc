"""The CPython interpreters (3.11-3.14) this machine has, for the cross-version snippet runs."""

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

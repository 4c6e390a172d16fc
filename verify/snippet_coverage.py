"""Line coverage of snippet runs: a config for `coverage run`, then a combined report."""

import subprocess
import sys
from pathlib import Path


def config(data_dir: Path, source: Path) -> Path:
    """A fresh coverage config measuring `source`, storing data (one file per process) in data_dir."""
    data_dir.mkdir(parents=True, exist_ok=True)
    for old in data_dir.glob(".coverage*"):
        old.unlink()
    rc = data_dir / "coveragerc"
    rc.write_text(f"[run]\nsource = {source}\ndata_file = {data_dir / '.coverage'}\nparallel = true\n"
                  "concurrency = multiprocessing, thread\n"
                  # a pool worker that never ran snippet code has no data; that is not a failure
                  "disable_warnings = no-data-collected\n"
                  "[report]\nshow_missing = true\nskip_covered = true\nfail_under = 100\n"
                  "exclude_also = pragma: no cover\n")
    return rc


def report(rc: Path) -> tuple[bool, str]:
    """(every line ran, the report listing the lines that did not)."""
    env = {"COVERAGE_RCFILE": str(rc)}
    combine = subprocess.run([sys.executable, "-m", "coverage", "combine", "-q"], env=env,
                             capture_output=True, text=True)
    if combine.returncode != 0:
        return False, combine.stdout + combine.stderr
    result = subprocess.run([sys.executable, "-m", "coverage", "report"], env=env, capture_output=True, text=True)
    return result.returncode == 0, result.stdout + result.stderr

"""The project's own Python (snippets included) passes ruff with the settings in pyproject.toml."""

import subprocess
import sys

from verify import ROOT


def test_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

"""The GitHub Actions workflows pass actionlint, and CI runs the README's test command."""

import shutil
import subprocess
import sys
from pathlib import Path

from verify import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_workflows_pass_actionlint():
    actionlint = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert actionlint, "actionlint is installed from requirements.lock"
    result = subprocess.run([actionlint, "-shellcheck=", "-pyflakes=", *map(str, WORKFLOWS)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(WORKFLOWS) == 2


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./run test" in readme
    assert (ROOT / ".ci" / "run").read_text().rstrip().endswith("./run test")
    assert "run: ./run test" in (ROOT / ".github/workflows/ci.yml").read_text()

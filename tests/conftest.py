import os
import subprocess
import sys
from pathlib import Path

import pytest

from verify import ROOT

ARTIFACTS = ROOT / "test-artifacts"


def mkdocs_build(config: Path, site: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`mkdocs build --strict`, as a separate process so each build starts clean."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with --strict."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-5000:]}"
    return site

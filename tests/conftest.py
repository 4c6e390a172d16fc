import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from verify import ROOT, in_ci

ARTIFACTS = ROOT / "test-artifacts"


def skip_unless_ci(reason: str) -> None:
    """Skip, naming the reason; under CI the same reason is a failure, since CI must run everything."""
    if in_ci():
        pytest.fail(f"{reason}, and under CI (CI=true) nothing may be skipped for that", pytrace=False)
    pytest.skip(reason)


def mkdocs_build(config: Path, site: Path, cwd: Path = ROOT, **env_vars: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict`, as a separate process so each build starts clean."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **env_vars)
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def site_port() -> int:
    """A free loopback port for serving the built site; the site is built for this address,
    because Material's language switch follows the absolute URLs of the sitemap."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_port) -> Path:
    """The real site, built once per test session with --strict."""
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site, SITE_URL=f"http://127.0.0.1:{site_port}/")
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr[-5000:]}"
    return site

"""Make sure the vendored front-end files (mermaid, Pyodide) are in docs/assets/vendor/ before a build."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify.vendor import vendor_all  # noqa: E402


def on_pre_build(config) -> None:
    vendor_all()

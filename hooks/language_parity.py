"""Fail the build when the zh and en trees differ: a page in one language only, includes in a
different order, or a different number of headings. The test suite runs the same check."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mkdocs.exceptions import PluginError  # noqa: E402

from verify.pages import parity_errors  # noqa: E402


def on_pre_build(config) -> None:
    errors = parity_errors(Path(config.docs_dir))
    if errors:
        raise PluginError("zh/en pages differ:\n" + "\n".join(errors))

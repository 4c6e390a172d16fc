"""Site figures: cold strict build time, test-suite time, pages per language, site size, page weight.

    .venv/bin/python tools/benchmark.py [--skip-tests] [--page fundamentals/gil-cpu-io/]

Times are wall-clock seconds on this machine (printed with its CPU count and Python version).
"Page weight" is what a browser downloads for one chapter page on a first visit: the HTML plus
the CSS and JS it references (the search index and lazily loaded files such as mermaid excluded),
raw and gzip-compressed.
"""

import argparse
import gzip
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - start


def page_weight(site: Path, page: str) -> tuple[int, int, list[str]]:
    html_path = site / page / "index.html"
    files = [html_path]
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    refs = [s["src"] for s in soup.find_all("script", src=True)]
    refs += [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    for ref in refs:
        path = urlparse(urljoin(f"http://site/{page}", ref)).path.lstrip("/")
        files.append(site / path)
    raw = sum(f.stat().st_size for f in files)
    compressed = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    return raw, compressed, [str(f.relative_to(site)) for f in files]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-tests", action="store_true")
    parser.add_argument("--page", default="fundamentals/gil-cpu-io/")
    args = parser.parse_args()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], env=env)
        print(f"cold strict build: {build:.1f} s")
        for label, root in (("zh", site), ("en", site / "en")):
            pages = [p for p in root.rglob("index.html") if p.relative_to(root).parts[0] not in ("en", "assets")]
            print(f"pages ({label}): {len(pages)}")
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        print(f"built site: {size / 1e6:.1f} MB in {sum(1 for _ in site.rglob('*'))} files")
        for page in (args.page, "en/" + args.page):
            raw, compressed, files = page_weight(site, page)
            print(f"page weight /{page}: {raw / 1024:.0f} KiB raw, {compressed / 1024:.0f} KiB gzip"
                  f" ({len(files)} files)")
    if not args.skip_tests:
        suite = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], env=env)
        print(f"full test suite: {suite:.0f} s")


if __name__ == "__main__":
    main()

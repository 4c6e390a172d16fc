"""Site figures: strict build time (lab notebooks executed, then cached), test-suite time, pages per
language, site size, page weight, and, in headless Chromium, bytes per page before any Run and the Run
button's Pyodide timings.

    .venv/bin/python tools/benchmark.py [--skip-tests] [--page fundamentals/gil-cpu-io/]

Times are wall-clock seconds on this machine (printed with its CPU count and Python version).
"Page weight" is what a browser downloads for one chapter page on a first visit: the HTML plus
the CSS and JS it references (the search index, which loads once a search starts, excluded),
raw and gzip-compressed. "Bytes before Run" is every response a real browser receives while it
loads a page (diagrams are inline SVG; no search index until the reader searches), for every
page of the site.
"""

import argparse
import functools
import gzip
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urljoin, urlparse

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


CHROMIUM = "/usr/bin/chromium"
TINY = "import asyncio\n\nasync def main():\n    print('ready')\n\nasyncio.run(main())\n"


def in_browser(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.test_browser import FLAGS, QuietHandler, live_code_pages, site_pages

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        raw, packed = [], []
        for path in site_pages(site):
            context = browser.new_context()
            page = context.new_page()
            bodies = []
            page.on("requestfinished", lambda r, bodies=bodies: bodies.append(r.response().body()))
            page.goto(base + path.rstrip("/") + "/", wait_until="networkidle")
            raw.append(sum(map(len, bodies)))
            packed.append(sum(len(gzip.compress(b, 6)) for b in bodies))
            context.close()
        for label, sizes in (("raw", raw), ("gzip", packed)):
            print(f"bytes per page before any Run ({len(sizes)} pages, {label}): median "
                  f"{statistics.median(sizes) / 1000:.0f} KB, max {max(sizes) / 1000:.0f} KB")
        page = browser.new_context().new_page()
        page.goto(base + next(iter(live_code_pages(site))), wait_until="networkidle")
        holder = page.locator(".live-code").first
        # a minimal asyncio program, so the timings are Pyodide's, not the example's own waits
        holder.locator(".live-code__editor").evaluate("(e, code) => { e.value = code; }", TINY)
        for label in ("cold (loads Pyodide)", "warm", "warm"):
            done = int(holder.get_attribute("data-runs") or 0)
            start = time.perf_counter()
            holder.locator(".live-code__run").click()
            holder.locator(".live-code__out").first.wait_for(timeout=120_000)
            first = time.perf_counter() - start
            page.wait_for_function("([el, n]) => Number(el.dataset.runs || 0) > n",
                                   arg=[holder.element_handle(), done], timeout=120_000)
            print(f"Run {label}: first output after {first:.2f} s, finished after {time.perf_counter() - start:.2f} s")
        browser.close()
    server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-tests", action="store_true")
    parser.add_argument("--page", default="fundamentals/gil-cpu-io/")
    args = parser.parse_args()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    print(f"machine: {os.cpu_count()} CPUs, {platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        env["LAB_CACHE"] = str(Path(tmp) / "lab-cache")  # empty: every lab notebook is executed
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)]
        cold = timed(command, env=env)
        print(f"cold strict build, lab notebooks executed: {cold:.1f} s")
        build = timed(command, env=env)
        print(f"strict build, lab outputs cached: {build:.1f} s (notebook build cost: {cold - build:.1f} s)")
        labs = sorted(site.rglob("lab/*.ipynb"))
        html = [p.with_name("index.html").stat().st_size for p in labs]
        notebook_kb = statistics.median(p.stat().st_size for p in labs) / 1000
        print(f"lab notebooks: {len(labs)}, .ipynb median {notebook_kb:.0f} KB,"
              f" lab page HTML median {statistics.median(html) / 1000:.0f} KB, max {max(html) / 1000:.0f} KB")
        for label, root in (("zh", site), ("en", site / "en")):
            pages = [p for p in root.rglob("index.html") if p.relative_to(root).parts[0] not in ("en", "assets")]
            print(f"pages ({label}): {len(pages)}")
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        print(f"built site: {size / 1e6:.1f} MB in {sum(1 for _ in site.rglob('*'))} files")
        for page in (args.page, "en/" + args.page):
            raw, compressed, files = page_weight(site, page)
            print(f"page weight /{page}: {raw / 1024:.0f} KiB raw, {compressed / 1024:.0f} KiB gzip"
                  f" ({len(files)} files)")
        if Path(CHROMIUM).exists():
            in_browser(site)
    if not args.skip_tests:
        suite = timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], env=env)
        print(f"full test suite: {suite:.0f} s")


if __name__ == "__main__":
    main()

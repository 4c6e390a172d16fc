"""Draw every ```mermaid diagram at build time as inline SVG, so a page never downloads mermaid.

Each diagram is drawn twice (mermaid's "default" theme for the light scheme, "dark" for slate)
with the vendored mermaid, in one headless Chromium page per build, and the CSS in
assets/css/site.css shows the one that matches the colour scheme. Drawings are cached in
.cache/diagrams/ by sha256 of (mermaid version, theme, source), so a rebuild draws nothing new.
A diagram mermaid cannot parse fails the build with its page and line. Without Chromium or
Playwright the blocks stay as they are and assets/js/diagrams.js draws them in the browser.
"""

import hashlib
import html
import json
import logging
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mkdocs.exceptions import PluginError  # noqa: E402

from verify import ROOT, rel  # noqa: E402
from verify.pages import fences  # noqa: E402
from verify.vendor import VENDOR_DIR, vendor  # noqa: E402

log = logging.getLogger("mkdocs.hooks.diagrams")
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CACHE = ROOT / ".cache" / "diagrams"
THEMES = {"light": "default", "dark": "dark"}
BLOCK = re.compile(r'<pre class="mermaid-diagram"><code>(.*?)</code></pre>', re.S)
PLACEHOLDER = re.compile(r"<!-- diagram (\d+) -->")
NAME = {"zh": ("图：", "，"), "en": ("Diagram: ", ", ")}

diagrams = []  # (source, "docs/…md:line", language, original block) in page order, per build
drawn = {}  # cache key -> {"svg": …, "label": …}


def on_pre_build(config) -> None:
    diagrams.clear()
    drawn.clear()


def on_page_content(content: str, page, config, files) -> str:
    path = Path(config.docs_dir) / page.file.src_uri
    lines = [f.line for f in fences(page.file.content_string) if f.lang == "mermaid"]
    language = page.file.src_uri.split("/")[0]
    if len(lines) != len(BLOCK.findall(content)):
        lines = []  # e.g. a diagram from an include: name the page without a line

    def placeholder(m: re.Match) -> str:
        line = lines.pop(0) if lines else "?"
        diagrams.append((html.unescape(m[1]).strip(), f"{rel(path)}:{line}", language, m[0]))
        return f"<!-- diagram {len(diagrams) - 1} -->"

    return BLOCK.sub(placeholder, content)


def key(source: str, theme: str) -> str:
    version = (VENDOR_DIR / "mermaid" / ".version").read_text()
    return hashlib.sha256(f"{version}\0{theme}\0{source}".encode()).hexdigest()


def on_env(env, config, files):
    if not diagrams:
        return env
    vendor("mermaid")
    wanted = {key(source, theme): (source, theme, where)
              for source, where, _, _ in diagrams for theme in THEMES.values()}
    for k in wanted:
        if (CACHE / f"{k}.json").exists():
            drawn[k] = json.loads((CACHE / f"{k}.json").read_text(encoding="utf-8"))
    missing = {k: v for k, v in wanted.items() if k not in drawn}
    if not missing:
        return env
    if not CHROMIUM.exists():
        log.info(f"diagrams: {CHROMIUM} not found; {len(missing)} diagrams are drawn in the browser instead")
        return env
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        log.info("diagrams: Playwright is not installed; diagrams are drawn in the browser instead")
        return env
    # In a thread of its own: Playwright's sync API refuses to run where an asyncio loop is running.
    start = time.perf_counter()
    with ThreadPoolExecutor(1) as pool:
        results = pool.submit(draw, missing).result()
    log.info(f"diagrams: drew {len(missing)} SVGs in {time.perf_counter() - start:.1f} s")
    errors = sorted({f"{where}: mermaid cannot draw this diagram: {results[k]['error']}"
                     for k, (_, _, where) in missing.items() if "error" in results[k]})
    if errors:
        raise PluginError("\n".join(errors))
    CACHE.mkdir(parents=True, exist_ok=True)
    for k, result in results.items():
        (CACHE / f"{k}.json").write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        drawn[k] = result
    return env


# Draws each diagram with the id "d" + its cache key, which mermaid also puts in front of every
# id inside the SVG, so two diagrams on one page never share an id. The label is the diagram's
# accessible title (accTitle) if it has one, else the words it shows, in order.
DRAW = """async (items) => {
  const mermaid = (await import("/mermaid.esm.min.mjs")).default;
  const results = {};
  for (const [key, source, theme] of items) {
    mermaid.initialize({ startOnLoad: false, theme, securityLevel: "strict" });
    try {
      const { svg } = await mermaid.render("d" + key.slice(0, 16), source);
      const box = document.createElement("div");
      box.innerHTML = svg;
      document.body.append(box);
      const title = box.querySelector("svg > title");
      const words = [...box.querySelectorAll("text, foreignObject")]
        .map((e) => (e.firstElementChild?.innerText ?? e.textContent).replace(/\\s+/g, " ").trim())
        .filter(Boolean);
      results[key] = { svg, label: title ? [title.textContent] : [...new Set(words)] };
      box.remove();
    } catch (e) {
      results[key] = { error: String(e.message || e).replace(/\\s+/g, " ") };
    }
  }
  return results;
}"""


def draw(missing: dict) -> dict:
    from playwright.sync_api import sync_playwright

    def serve(route):
        name = route.request.url.split("/", 3)[3].split("?")[0]
        file = (VENDOR_DIR / "mermaid" / name).resolve()
        if name and file.is_relative_to(VENDOR_DIR / "mermaid") and file.is_file():
            route.fulfill(body=file.read_bytes(), content_type="text/javascript")
        else:
            route.fulfill(body="<!doctype html><meta charset=utf-8><body>", content_type="text/html")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page()
        page.route("http://diagrams.invalid/**", serve)  # served from disk; nothing leaves the machine
        page.goto("http://diagrams.invalid/")
        results = page.evaluate(DRAW, [[k, source, theme] for k, (source, theme, _) in missing.items()])
        browser.close()
    return results


def on_post_page(output: str, page, config) -> str:
    def figure(m: re.Match) -> str:
        source, _, language, block = diagrams[int(m[1])]
        svgs = [drawn.get(key(source, theme)) for theme in THEMES.values()]
        if None in svgs:
            return block  # not drawn at build time: assets/js/diagrams.js draws it
        prefix, comma = NAME.get(language, NAME["en"])
        parts = []
        for scheme, result in zip(THEMES, svgs, strict=True):
            label = html.escape(prefix + comma.join(result["label"]), quote=True)
            tag, rest = result["svg"].split(">", 1)
            tag = re.sub(r' (role|aria-roledescription)="[^"]*"', "", tag)
            svg = f'{tag} role="img" aria-label="{label}">{rest}'
            parts.append(f'<div class="diagram-{scheme}">{svg}</div>')
        return f'<div class="mermaid-diagram rendered">{"".join(parts)}</div>'

    return PLACEHOLDER.sub(figure, output)

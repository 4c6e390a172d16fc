"""The built site in a real browser: Debian's Chromium driven by Playwright, served on loopback.

Skipped, with the reason, where /usr/bin/chromium is absent; under CI (CI=true) that is a failure.
"""

import base64
import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from hooks.code_output_tabs import ANNOTATION_COMMENT
from tests.conftest import ARTIFACTS
from verify import DOCS, SNIPPETS, in_ci
from verify.pages import fences as page_fences
from verify.snippets import Snippet, diff_output, problems, run
from verify.vendor import package_file

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists():
    if in_ci():
        raise RuntimeError("CI must run the browser tests: apt-get install chromium fonts-noto-cjk")
    pytest.skip("Chromium is not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=True)

import playwright.sync_api as playwright_sync  # noqa: E402  (pinned in requirements.lock: never skipped)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(built_site, site_port):
    server = ThreadingHTTPServer(("127.0.0.1", site_port), functools.partial(QuietHandler, directory=built_site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{site_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.foreign, page.errors = [], []
    origin = urlparse(base_url).netloc
    page.on("request", lambda r: urlparse(r.url).netloc not in ("", origin) and page.foreign.append(r.url))
    page.on("console", lambda m: m.type == "error" and page.errors.append(f"{page.url}: {m.text} {m.location}"))
    page.on("response", lambda r: r.status >= 400 and page.errors.append(f"{page.url}: HTTP {r.status} {r.url}"))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def site_pages(site: Path) -> list[str]:
    return sorted("/" + p.relative_to(site).parent.as_posix().removeprefix(".") for p in site.rglob("index.html"))


# Every diagram shows exactly one inline SVG (the one for the colour scheme), with a size.
DIAGRAMS_NOT_SHOWN = """() => [...document.querySelectorAll(".mermaid-diagram")].filter(d => {
  const shown = [...d.querySelectorAll(":scope > div > svg")].filter(s => s.checkVisibility());
  return shown.length !== 1 || shown[0].getBoundingClientRect().height < 20;
}).map(d => d.outerHTML.slice(0, 100))"""


def test_every_page_loads_nothing_from_another_origin(page, base_url, built_site):
    """Also: every diagram is drawn at build time (hooks/diagrams.py), so no page downloads mermaid,
    and no page downloads Pyodide before a Run button is pressed."""
    fences = sum(f.lang == "mermaid" for md in DOCS.rglob("*.md") for f in page_fences(md.read_text(encoding="utf-8")))
    mermaid, undrawn, drawn = [], [], 0
    page.on("request", lambda r: "/vendor/mermaid/" in r.url and mermaid.append(r.url))
    pyodide = []  # loaded only when a reader presses Run (assets/js/live-code.js)
    page.on("request", lambda r: ("/vendor/pyodide/" in r.url or "live-code-worker" in r.url) and pyodide.append(r.url))
    for path in site_pages(built_site):
        html = (built_site / path.strip("/") / "index.html").read_text(encoding="utf-8")
        drawn += html.count('<div class="mermaid-diagram rendered">')
        if '<pre class="mermaid-diagram"' in html:
            undrawn.append(f"{path}: a diagram left for the browser to draw")
        page.goto(base_url + path.rstrip("/") + "/", wait_until="networkidle")
        undrawn += [f"{path}: {d}" for d in page.evaluate(DIAGRAMS_NOT_SHOWN)]
    assert page.foreign == [] and page.errors == [] and undrawn == [] and mermaid == [] and pyodide == [], (
        page.foreign, page.errors, undrawn, mermaid, pyodide)
    assert drawn == fences > 0, f"{fences} mermaid fences in docs/, {drawn} drawn diagrams in the site"


def test_diagrams_follow_the_colour_scheme(page, base_url):
    page.goto(base_url + "/queues/", wait_until="networkidle")
    shown = """() => [...document.querySelectorAll(".mermaid-diagram svg")]
      .filter(s => s.checkVisibility()).map(s => s.id)"""
    light = page.evaluate(shown)
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    dark = page.evaluate(shown)
    assert len(light) == len(dark) == 1 and light != dark, (light, dark)


# Draws two characters in the page's font and tells whether they look different. Without a
# font for them both are drawn as the same "tofu" box.
GLYPHS_DIFFER = """([a, b]) => {
  const font = getComputedStyle(document.body).fontFamily;
  const draw = (ch) => {
    const c = document.createElement("canvas"); c.width = c.height = 64;
    const g = c.getContext("2d"); g.font = `48px ${font}`; g.fillText(ch, 4, 52);
    return g.getImageData(0, 0, 64, 64).data.join();
  };
  return draw(a) !== draw(b);
}"""


def test_chinese_home_and_an_english_chapter_render(page, base_url):
    page.goto(base_url + "/", wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == "zh"
    assert not page.evaluate(GLYPHS_DIFFER, ["\ue000", "\ue001"]), "two unassigned characters should both be tofu"
    assert page.evaluate(GLYPHS_DIFFER, ["并", "发"]), "Chinese characters render as boxes: install fonts-noto-cjk"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "home-zh.png")
    page.goto(base_url + "/en/fundamentals/", wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("article h1").inner_text().startswith("Concurrency fundamentals")
    assert page.evaluate(GLYPHS_DIFFER, ["并", "发"]), "the language menu's 中文 would render as boxes"
    page.screenshot(path=ARTIFACTS / "fundamentals-en.png")


@pytest.mark.parametrize("start, lang, expected", [
    ("/fundamentals/gil-cpu-io/", "en", "/en/fundamentals/gil-cpu-io/"),
    ("/en/fundamentals/gil-cpu-io/", "zh", "/fundamentals/gil-cpu-io/"),
])
def test_language_switch_stays_on_the_same_page(page, base_url, start, lang, expected):
    page.goto(base_url + "/", wait_until="networkidle")
    page.goto(base_url + start, wait_until="networkidle")  # a second page: instant navigation is in play
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_url(base_url + expected)
    assert page.evaluate("document.documentElement.lang") == lang


@pytest.mark.parametrize("start, query, expected", [
    ("/", "基础", "/fundamentals/"),
    ("/", "编程", "/"),
    ("/", "线程", "/threads/"),
    ("/en/", "parallelism", "/en/fundamentals/concurrency-vs-parallelism/"),
    ("/", "信号量", "/primitives/semaphores/"),
    ("/en/", "semaphore", "/en/primitives/semaphores/"),
])
def test_search_finds_words(page, base_url, start, query, expected):
    """Chinese words are found only because jieba segments the text at build time."""
    page.goto(base_url + start, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type(query)
    page.keyboard.press("End")  # Material searches on keyup
    page.wait_for_selector(".md-search-result__item")
    hits = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => new URL(a.href).pathname)")
    assert expected in hits, hits


def test_search_index_loads_only_when_the_reader_searches(page, base_url):
    """assets/js/search-on-demand.js holds the multi-MB index back until search is wanted."""
    index = []
    page.on("request", lambda r: r.url.endswith("/search/search_index.json") and index.append(r.url))
    page.goto(base_url + "/threads/", wait_until="networkidle")
    page.mouse.wheel(0, 600)
    page.wait_for_timeout(500)
    assert index == [], "the search index was downloaded before the reader asked to search"
    with page.expect_request("**/search/search_index.json"):
        page.keyboard.press("s")
    page.goto(base_url + "/threads/?h=%E7%BA%BF%E7%A8%8B", wait_until="networkidle")
    assert len(index) == 2, "a page opened from a search result needs the index to highlight the words"


# Live code: Run buttons on `# browser: runnable` snippets (assets/js/live-code.js + Pyodide).
DONE = {"zh": "运行结束。", "en": "Finished."}
RUN_TIMEOUT_MS = 90_000  # the first run loads Pyodide (about 13 MB) on a loaded 2-core machine
UNSUPPORTED_LIMIT_MS = 30_000  # an unsupported program that runs longer than this counts as differing


def live_code_pages(site: Path) -> dict[str, list[str]]:
    """URL path -> the snippets with a Run button on that page, from the built HTML."""
    found = {}
    for html in sorted(site.rglob("index.html")):
        if names := re.findall(r'class="live-code" data-snippet="([^"]+)"', html.read_text(encoding="utf-8")):
            found["/" + html.relative_to(site).parent.as_posix().removeprefix(".") + "/"] = names
    return found


def run_live(page, holder, code: str | None = None) -> str:
    """Press Run on one live-code block (with `code` in its editor) and return what it printed."""
    holder.scroll_into_view_if_needed()
    if code is not None and holder.locator(".live-code__editor").is_hidden():
        run_live(page, holder)  # the first Run opens the editor
    if code is not None:
        holder.locator(".live-code__editor").fill(code)
    finished = int(holder.get_attribute("data-runs") or 0)
    holder.locator(".live-code__run").click()
    page.wait_for_function("([el, n]) => Number(el.dataset.runs || 0) > n", arg=[holder.element_handle(), finished],
                           timeout=RUN_TIMEOUT_MS)
    return holder.locator(".live-code__output").inner_text()


def test_every_run_button_prints_the_verified_output(page, base_url, built_site):
    pages = live_code_pages(built_site)
    assert pages, "no page has a Run button"
    checked, wrong = 0, []
    for path, names in pages.items():
        page.goto(base_url + path, wait_until="networkidle")
        for holder, name in zip(page.locator(".live-code").all(), names, strict=True):
            output = run_live(page, holder)
            status = holder.locator(".live-code__status").inner_text()
            if status != DONE[page.evaluate("document.documentElement.lang")]:
                wrong.append(f"{path} {name}: {status}\n{output}")
            elif problem := diff_output(Snippet(SNIPPETS / name), output, f"[browser {path}]"):
                wrong.append(problem)
            checked += 1
    assert wrong == [], "\n".join(wrong)
    assert page.foreign == [] and page.errors == []
    assert checked == sum(map(len, pages.values()))


@pytest.mark.parametrize("lang, labels", [("zh", ["▶ 运行", "■ 停止", "↺ 重置"]),
                                          ("en", ["▶ Run", "■ Stop", "↺ Reset"])])
def test_run_buttons_speak_the_page_language(page, base_url, built_site, lang, labels):
    path = next(p for p in live_code_pages(built_site) if p.startswith("/en/") == (lang == "en"))
    page.goto(base_url + path, wait_until="networkidle")
    bar = page.locator(".live-code").first.locator(".live-code__bar button")
    assert bar.all_inner_texts() == labels


def first_live_code(page, base_url, built_site):
    path = next(p for p in live_code_pages(built_site) if p.startswith("/en/"))
    page.goto(base_url + path, wait_until="networkidle")
    return page.locator(".live-code").first


def test_edited_code_runs_and_tracebacks_are_readable(page, base_url, built_site):
    holder = first_live_code(page, base_url, built_site)
    assert run_live(page, holder, 'print("edited", 6 * 7)\n') == "edited 42\n"
    output = run_live(page, holder, 'import sys\nprint("out")\nprint("warn", file=sys.stderr)\n')
    assert output == "out\nwarn\n" and holder.locator(".live-code__err").all_inner_texts() == ["warn\n"]
    output = run_live(page, holder, "def main():\n    raise ValueError('boom')\n\nmain()\n")
    assert holder.locator(".live-code__status").inner_text() == "The program raised an exception."
    file = holder.get_attribute("data-snippet").split("/")[-1]
    assert f'File "{file}", line 2, in main' in output and "ValueError: boom" in output
    assert "_pyodide" not in output
    holder.locator(".live-code__reset").click()
    original = base64.b64decode(holder.get_attribute("data-code")).decode()
    assert holder.locator(".live-code__editor").input_value() == original


def test_stop_ends_an_endless_program_and_run_works_again(page, base_url, built_site):
    holder = first_live_code(page, base_url, built_site)
    run_live(page, holder, 'print("warm")\n')
    holder.locator(".live-code__editor").fill('print("looping", flush=True)\nwhile True:\n    pass\n')
    holder.locator(".live-code__run").click()
    holder.locator(".live-code__out").first.wait_for()
    assert page.evaluate("1 + 1") == 2, "the page must stay responsive while the program loops"
    holder.locator(".live-code__stop").click()
    assert holder.locator(".live-code__status").inner_text() == "Stopped."
    assert run_live(page, holder, 'print("again")\n') == "again\n"


def test_time_limit_stops_a_program(page, base_url, built_site):
    holder = first_live_code(page, base_url, built_site)
    output = run_live(page, holder, 'print("start")\nwhile True:\n    pass\n')
    assert output == "start\n"
    assert holder.locator(".live-code__status").inner_text().startswith("Stopped: it ran longer than the 10 s")


def test_run_button_explains_a_site_built_without_pyodide(page, base_url, built_site):
    page.route("**/assets/vendor/pyodide/**", lambda route: route.fulfill(status=404))
    holder = first_live_code(page, base_url, built_site)
    holder.locator(".live-code__run").click()
    holder.locator(".live-code__status").filter(has_text="does not include Pyodide").wait_for()
    page.errors.clear()  # the 404 is the point of this test


# Runs one program in the site's own live-code worker, as a Run button would, and collects what it printed.
RUN_IN_WORKER = """([url, code, file, limitMs]) => new Promise((resolve) => {
  window.liveWorker = window.liveWorker || new Worker(url, { type: "module" });
  const worker = window.liveWorker;
  let out = "", err = "";
  const stop = (status) => { clearTimeout(timer); resolve({ status, out, err }); };
  const timer = setTimeout(() => { worker.terminate(); window.liveWorker = null; stop("timeout"); }, limitMs);
  worker.onmessage = ({ data }) => {
    if (data.kind === "out") out += data.text + "\\n";
    else if (data.kind === "err") err += data.text + "\\n";
    else if (data.kind === "done") stop("done");
    else if (data.kind === "error") { err += data.text; stop("error"); }
  };
  worker.postMessage({ id: 1, code, file });
})"""


def test_snippets_marked_unsupported_really_differ_in_the_browser(page, base_url):
    """`# browser: unsupported (reason)` is a claim: run each such program in the site's Pyodide worker
    and require that it does not print its verified output cleanly (else it deserves a Run button)."""
    page.goto(base_url + "/", wait_until="networkidle")
    worker = base_url + "/assets/js/live-code-worker.mjs"
    unsupported = [s for s in map(Snippet, sorted(SNIPPETS.rglob("*.py"))) if s.browser_unsupported]
    assert unsupported, "no snippet is marked `# browser: unsupported (reason)`"
    same = []
    for s in unsupported:
        code = ANNOTATION_COMMENT.sub("", s.text)
        r = page.evaluate(RUN_IN_WORKER, [worker, code, s.path.name, UNSUPPORTED_LIMIT_MS])
        if r["status"] == "done" and not r["err"] and diff_output(s, r["out"]) is None:
            same.append(f"{s.name}: marked `# browser: unsupported ({s.browser_unsupported})` but prints its "
                        "verified output in the browser: mark it `# browser: runnable`")
    assert same == [], "\n".join(same)


AXE_SERIOUS = """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
  .filter(v => ['serious', 'critical'].includes(v.impact))
  .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target).join(' | ')}`)"""


def test_every_page_has_no_serious_accessibility_violation(page, base_url, built_site):
    """axe-core (from npm, pinned in package-lock.json) on every page: no serious or critical violation."""
    axe = package_file("axe-core", "axe.min.js").decode()
    found = []
    for path in site_pages(built_site):
        page.goto(base_url + path.rstrip("/") + "/", wait_until="networkidle")
        page.add_script_tag(content=axe)
        violations = page.evaluate(AXE_SERIOUS)
        found += [f"{path}: {v}" for v in violations]
    assert found == [], "\n".join(found)


def test_phone_width_opens_the_navigation_and_shows_code(browser, base_url):
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(base_url + "/en/threads/creating-threads/", wait_until="networkidle")
    page.locator('label.md-header__button[for="__drawer"]').click()
    page.locator(".md-nav--primary").get_by_text("Coordination primitives").first.wait_for(state="visible")
    page.keyboard.press("Escape")
    page.locator('label.md-overlay[for="__drawer"]').click()
    code = page.locator(".highlight pre code").first
    code.scroll_into_view_if_needed()
    box = code.bounding_box()
    assert box["width"] > 200 and box["x"] >= 0, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "threads-en-375px.png")
    context.close()


def test_copy_button_copies_the_snippet_and_it_runs(browser, base_url, tmp_path):
    """The copied text is the snippet without its annotation markers, and it runs as pasted."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "/en/threads/race-conditions-and-locks/", wait_until="networkidle")
    block = page.locator(".tabbed-block .highlight").filter(has=page.locator(".md-annotation")).first
    name = block.locator(".filename").inner_text().removeprefix("snippets/")
    block.hover()
    block.locator('button.md-code__button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    source = (SNIPPETS / name).read_text(encoding="utf-8")
    assert "# (1)!" in source and "# (1)!" not in copied
    assert [line.rstrip() for line in copied.splitlines()] == ANNOTATION_COMMENT.sub("", source).splitlines()
    pasted = tmp_path / "pasted.py"
    pasted.write_text(copied, encoding="utf-8")
    pasted.with_suffix(".out").write_text((SNIPPETS / name).with_suffix(".out").read_text(encoding="utf-8"))
    assert problems(run(Snippet(pasted), label="copied")) is None

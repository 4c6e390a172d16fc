"""Checks on the site as built by `mkdocs build --strict` (contract 4, 6, 7 and no third-party requests)."""

import base64
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup
from pytest_examples import find_examples

from hooks.benchmark_charts import PLACEHOLDER as CHART
from hooks.code_output_tabs import ANNOTATION_COMMENT
from verify import DOCS, LANGUAGES, ROOT, SNIPPETS, labs, rel
from verify.built_site import blocks, first_line, normalise, snippet_sources
from verify.pages import includes, pages, split_target
from verify.snippets import Snippet, problems, run


def untraced(site: Path, docs: Path = DOCS, snippets: Path = SNIPPETS) -> list[str]:
    """Python blocks of the built site that are neither a snippet nor an inline block the suite runs."""
    known = set(snippet_sources(snippets)) | {normalise(e.source) for e in find_examples(docs)} | lab_cells(docs.parent)
    return [f"{rel(b.page)}: untested Python block starting {first_line(b.text)!r}"
            for b in blocks(site) if b.is_python and normalise(b.text) not in known]


def lab_cells(root: Path) -> set[str]:
    """Code cells of the lab notebooks: each made from a snippet by verify.labs, and executed."""
    return {normalise(cell.source) for lang in LANGUAGES for chapter in labs.chapters(root)
            for cell in labs.build(lang, chapter, root)[0].cells if cell.cell_type == "code"}


def test_every_python_block_traces_to_a_verified_source(built_site):
    assert untraced(built_site) == []


def code_output_pairs(site: Path):
    """(page, code text, output text or None) for every Code | Output tab set."""
    sets = {}
    for b in blocks(site):
        if b.tab_set is not None:
            sets.setdefault(id(b.tab_set), (b.page, b.tab_set, []))[2].append(b)
    for page, tab_set, members in sets.values():
        labels = [label.get_text() for label in tab_set.select(".tabbed-labels > label")]
        yield page, labels, members


def whole_file_sources() -> dict[str, Path]:
    """Normalised text of each snippet file -> the file."""
    return {normalise(p.read_text(encoding="utf-8")): p for p in SNIPPETS.rglob("*.py")}


def test_every_included_snippet_shows_its_verified_output(built_site):
    """Contract g: beside every whole-file snippet, in both languages, an Output tab equal to its .out file."""
    whole_files = whole_file_sources()
    shown = {lang: set() for lang in LANGUAGES}
    for page, labels, members in code_output_pairs(built_site):
        snippet = whole_files.get(normalise(members[0].text))
        if snippet is None:
            continue
        expected = snippet.with_suffix(".out").read_text(encoding="utf-8")
        assert labels in (["代码", "输出"], ["Code", "Output"]), f"{rel(page)}: tabs {labels}"
        if expected.strip():
            assert len(members) == 2 and normalise(members[1].text) == normalise(expected), \
                f"{rel(page)}: the Output tab of {rel(snippet)} is not {rel(snippet.with_suffix('.out'))}"
        shown["en" if labels == ["Code", "Output"] else "zh"].add(snippet)
    included = {SNIPPETS / split_target(target)[0] for path in pages(LANGUAGES[0]).values()
                for _, target in includes(path.read_text(encoding="utf-8")) if ":" not in target}
    for lang in LANGUAGES:
        assert sorted(map(rel, included - shown[lang])) == [], f"snippets without a Code | Output pair ({lang})"


def test_whole_file_blocks_run_as_pasted(built_site, tmp_path):
    """What a reader copies from a whole-file block runs and prints the shown output."""
    sources = whole_file_sources()
    done = set()
    for b in blocks(built_site / "en"):
        original = sources.get(normalise(b.text))
        if not b.is_python or original is None or original in done or Snippet(original).requires > sys.version_info[:2]:
            continue
        done.add(original)
        pasted = tmp_path / original.name
        pasted.write_text(b.text, encoding="utf-8")
        pasted.with_suffix(".out").write_bytes(original.with_suffix(".out").read_bytes())
        assert (message := problems(run(Snippet(pasted), label="pasted"))) is None, message
    assert done, "no whole-file snippet found in the built English site"


def test_both_languages_have_every_page(built_site):
    for name in pages(LANGUAGES[0]):
        html = re.sub(r"(index)?\.md$", "", name)
        html = html + "index.html" if html.endswith("/") or not html else html + "/index.html"
        assert (built_site / html).is_file(), f"{html} missing in zh"
        assert (built_site / "en" / html).is_file(), f"en/{html} missing"


@pytest.mark.parametrize("lang, prefix", [("zh", ""), ("en", "en/")])
def test_language_attributes_and_edit_links(built_site, lang, prefix):
    soup = BeautifulSoup((built_site / prefix / "fundamentals/index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.html["lang"] == lang
    edit = soup.select_one('a[title][href*="/edit/"]')
    assert edit is not None and edit["href"].endswith(f"docs/{lang}/fundamentals/index.md")
    alternates = {a["hreflang"]: a["href"] for a in soup.select('link[rel="alternate"][hreflang]')}
    assert alternates == {"zh": "../" if lang == "zh" else "../../", "en": "../en/" if lang == "zh" else "../"}


LOADED_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}
EXTERNAL_ATTRS = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src",
                  "audio": "src", "video": "src", "embed": "src", "object": "data"}


def test_no_request_to_another_origin(built_site):
    """Nothing a page loads (scripts, styles, fonts, images) comes from another origin."""
    offenders = []
    for page in built_site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in EXTERNAL_ATTRS.items():
            for el in soup.find_all(tag):
                url = el.get(attr)
                if tag == "link" and not set(el.get("rel", [])) & LOADED_LINKS:
                    continue
                if url and urlparse(url).netloc:
                    offenders.append(f"{rel(page)}: <{tag} {attr}={url}>")
    for css in built_site.rglob("*.css"):
        for url in re.findall(r"""(?:url\(|@import\s+)['"]?(https?:)?//[^'")\s]+""", css.read_text(encoding="utf-8")):
            offenders.append(f"{rel(css)}: {url}")
    assert offenders == []


def test_benchmark_charts_show_the_recorded_numbers(built_site):
    """Every `<!-- chart: file.json -->` page shows, in both languages, a chart and a table of exactly that data."""
    charts = [(lang, src, target) for lang in LANGUAGES for src, path in pages(lang).items()
              for target in CHART.findall(path.read_text(encoding="utf-8"))]
    assert charts, "no page shows a benchmark chart"
    for lang, src, target in charts:
        rows = json.loads((ROOT / target).read_text(encoding="utf-8"))["results"]
        series = [key for key in rows[0] if key != "size"]
        url = src.removesuffix("index.md") + "index.html" if src.endswith("index.md") else src[:-3] + "/index.html"
        html = built_site / (f"{lang}/" if lang != LANGUAGES[0] else "") / url
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        chart = soup.select_one("svg.benchmark-chart")
        assert chart is not None, f"{rel(html)}: no chart for {target}"
        assert [len(p["points"].split()) for p in chart.select("polyline")] == [len(rows)] * len(series)
        table = next(t for t in soup.select("table") if t.find("td") and t.td.text.replace(",", "").isdigit())
        shown = [[td.text for td in tr.select("td")] for tr in table.select("tbody tr")]
        assert shown == [[f"{r['size']:,}", *(f"{r[s]:.4f}" for s in series)] for r in rows], \
            f"{rel(html)}: the table does not match {target}"


def test_browser_runnable_snippets_have_a_run_button(built_site):
    """Each `# browser: runnable` snippet shown whole gets a Run block, in both languages, holding its code."""
    runnable = {s.name: s for s in map(Snippet, SNIPPETS.rglob("*.py")) if s.browser_runnable}
    for lang in LANGUAGES:
        root = built_site / ("" if lang == LANGUAGES[0] else lang)
        shown = {}
        for html in root.rglob("index.html"):
            for div in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("div.live-code"):
                shown[div["data-snippet"]] = base64.b64decode(div["data-code"]).decode()
        included = {split_target(t)[0] for path in pages(lang).values()
                    for _, t in includes(path.read_text(encoding="utf-8")) if ":" not in t}
        missing = sorted(included & runnable.keys() - shown.keys())
        assert missing == [], f"runnable snippets without a Run button ({lang})"
        assert sorted(shown.keys() - runnable.keys()) == [], f"Run buttons on snippets not marked runnable ({lang})"
        for name, code in shown.items():
            assert code == ANNOTATION_COMMENT.sub("", runnable[name].text), f"{name}: the Run block's code differs"


def test_multiprocessing_snippets_say_to_run_them_as_a_file(built_site):
    """A REPL or a notebook has no importable __main__ for spawn: every such snippet says so, in both languages."""
    needed = {s.name for s in map(Snippet, SNIPPETS.rglob("*.py")) if s.uses_multiprocessing}
    for lang in LANGUAGES:
        root = built_site / ("" if lang == LANGUAGES[0] else lang)
        noted, unneeded = set(), []
        for html in root.rglob("index.html"):
            for block in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select(".tabbed-block"):
                title = block.select_one(".filename")
                if title is None or block.select_one("p.run-as-file") is None:
                    continue
                name = title.get_text().removeprefix("snippets/").split(" ")[0]
                (noted.add if name in needed else unneeded.append)(name)
        assert sorted(needed - noted) == [] and unneeded == [], (lang, sorted(needed - noted), unneeded)

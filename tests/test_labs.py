"""Lab notebooks: every chapter's examples, in both languages, executed at build time (verify/labs.py)."""

import re
from pathlib import Path

import nbformat
import pytest
from bs4 import BeautifulSoup

from tests.conftest import mkdocs_build
from tests.test_bad_input import fixture_site
from verify import DOCS, LANGUAGES, ROOT, SNIPPETS, labs
from verify.snippets import Snippet

INCLUDE_LINE = re.compile(r'^\s*--8<-- "([^"]+\.py)"$', re.M)
CHAPTERS = labs.chapters()


def chapter_includes(lang: str, chapter: str) -> set[str]:
    pages = [p for p in (DOCS / lang / chapter).glob("*.md") if p.name != "lab.md"]
    return {m for p in pages for m in INCLUDE_LINE.findall(p.read_text(encoding="utf-8"))}


def test_every_chapter_has_a_lab_page_and_source_in_both_languages():
    chapters = sorted(p.parent.name for p in (DOCS / "zh").glob("*/index.md"))
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert CHAPTERS == chapters
    for chapter in chapters:
        assert f"{chapter}/lab.md" in nav, f"mkdocs.yml: no nav entry for {chapter}/lab.md"
        for lang in LANGUAGES:
            assert labs.source_path(lang, chapter).exists(), f"no lab source {lang}/{chapter}"
            assert (DOCS / lang / chapter / "lab.md").exists()


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_lab_holds_every_example_of_its_chapter_once_in_both_languages(chapter):
    included = {lang: INCLUDE_LINE.findall(labs.source_path(lang, chapter).read_text(encoding="utf-8"))
                for lang in LANGUAGES}
    assert included["zh"] == included["en"], "the two languages' labs include different examples"
    assert len(included["zh"]) == len(set(included["zh"])), "an example is included twice"
    assert set(included["zh"]) == chapter_includes("zh", chapter)


@pytest.mark.parametrize("name, mode", [
    ("threads/01_create_threads.py", "plain"),
    ("asyncio-basics/01_three_kinds.py", "await"),
    ("processes/01_first_process.py", "module"),
    ("asyncio-errors/13_run_cancels_leftovers.py", "script"),  # about asyncio.run() itself
    ("threads/04_thread_identity.py", "script"),  # the kernel's own threads would show up
    ("cpu-parallel/21_benchmark_fixed.py", "script"),  # a speed comparison between processes
])
def test_each_example_runs_the_way_a_kernel_allows(name, mode):
    assert labs.mode_of(Snippet(SNIPPETS / name), None) == mode


def test_module_mode_writes_the_snippet_and_imports_it():
    snippet = Snippet(SNIPPETS / "processes/01_first_process.py")
    written, call = labs.example_cells(snippet, "module")
    assert written == "%%writefile processes_01_first_process.py\n" + labs.shown_code(snippet)
    assert "import processes_01_first_process" in call and call.endswith("processes_01_first_process.main()")


def lab_pages(site: Path):
    for chapter in CHAPTERS:
        for lang, prefix in zip(LANGUAGES, ("", "en/"), strict=True):
            yield lang, chapter, site / prefix / chapter / "lab"


def test_built_labs_offer_the_executed_notebook_with_verified_outputs(built_site):
    for lang, chapter, folder in lab_pages(built_site):
        html = BeautifulSoup((folder / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert html.select_one(f'a[download][href="{chapter}.ipynb"]'), f"{folder}: no download link"
        notebook = nbformat.read(folder / f"{chapter}.ipynb", as_version=4)
        nbformat.validate(notebook)
        expected, examples = labs.build(lang, chapter)
        code = [c.source for c in notebook.cells if c.cell_type == "code"]
        assert code == [c.source for c in expected.cells if c.cell_type == "code"]
        assert labs.problems(notebook, examples, labs.source_path(lang, chapter)) == []
        ran = [e for e in examples if not e.skipped]
        assert all(notebook.cells[e.run_cell].outputs for e in ran if e.snippet.expected_path.read_text())
        shown = html.get_text()
        for e in ran:
            for line in labs.printed(notebook.cells[e.run_cell])[0].splitlines()[:3]:
                assert line.strip() in shown, f"{folder}: output of {e.snippet.name} not on the page"
        for cell in notebook.cells:
            for url in re.findall(r"\]\((\S+?)\)", cell.source if cell.cell_type == "markdown" else ""):
                assert url.startswith("http"), f"{chapter}.ipynb: a link that breaks once downloaded: {url}"


def lab_fixture(tmp: Path, snippet: str, expected: str, lab_zh: str, lab_en: str | None = None) -> Path:
    page = {"index.md": "# Home\n", "demo/index.md": "# Demo\n", "demo/lab.md": "<!-- lab -->\n"}
    root = fixture_site(tmp, page, page)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("hooks: [", f"hooks: [{ROOT}/hooks/labs.py, "))
    (root / "snippets/demo/hello.py").write_text(snippet)
    (root / "snippets/demo/hello.out").write_text(expected)
    for lang, text in (("zh", lab_zh), ("en", lab_en if lab_en is not None else lab_zh)):
        if text:
            (root / "labs" / lang).mkdir(parents=True, exist_ok=True)
            (root / "labs" / lang / "demo.md").write_text(text)
    return root


LAB = '# Demo lab\n\n```python\n--8<-- "demo/hello.py"\n```\n'
HELLO = 'def main():\n    print("hello")\n\n\nif __name__ == "__main__":\n    main()\n'


def built(root: Path, tmp: Path):
    return mkdocs_build(root / "mkdocs.yml", tmp / "site", cwd=root)


def test_a_lab_fixture_builds(tmp_path):
    result = built(lab_fixture(tmp_path, HELLO, "hello\n", LAB), tmp_path)
    assert result.returncode == 0, result.stderr
    notebook = nbformat.read(tmp_path / "site/en/demo/lab/demo.ipynb", as_version=4)
    assert labs.printed(notebook.cells[1]) == ("hello\n", "")



def test_a_line_printed_in_two_flushes_shows_as_one_line(tmp_path):
    """The kernel sends every flush as its own stream output, and the converter draws each in its
    own block: a print cut by a flush would show as two lines on the page."""
    split = HELLO.replace('print("hello")', 'print("hel", end="", flush=True)\n    print("lo")')
    result = built(lab_fixture(tmp_path, split, "hello\n", LAB), tmp_path)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "site/demo/lab/index.html").read_text(), "html.parser")
    assert [pre.get_text() for pre in page.select(".jp-OutputArea-output pre")] == ["hello\n"]

@pytest.mark.parametrize("snippet, expected, lab, message", [
    (HELLO, "goodbye\n", LAB, r"labs/zh/demo\.md:4: .*hello\.out:1: \[lab\] output of .*hello\.py differs"),
    (HELLO.replace('print("hello")', "1 / 0"), "", LAB, r"labs/zh/demo\.md:4: .*hello\.py failed in the lab's kernel"),
    (HELLO, "hello\n", LAB.replace("hello.py", "missing.py"),
     r"labs/zh/demo\.md:4: included snippet demo/missing\.py does not exist"),
    (HELLO, "hello\n", LAB.replace('--8<-- "demo/hello.py"', "print(1)"),
     r"labs/zh/demo\.md:4: a code cell holds exactly one include"),
    (HELLO, "hello\n", LAB + "\n[page](nowhere.md)\n", r"labs/zh/demo\.md:7: no page zh/demo/nowhere\.md"),
    ("# timeout: 2\n" + HELLO.replace('print("hello")', "import time\n    time.sleep(60)"), "", LAB,
     r"labs/zh/demo\.md:4: .*hello\.py was stopped after its 4 s timeout in the lab's kernel \(hung\?\)"),
])
def test_a_bad_lab_fails_the_build_naming_file_and_line(tmp_path, snippet, expected, lab, message):
    result = built(lab_fixture(tmp_path, snippet, expected, lab), tmp_path)
    assert result.returncode != 0
    assert re.search(message, result.stderr), result.stderr[-3000:]


def test_a_missing_lab_translation_fails_the_build(tmp_path):
    result = built(lab_fixture(tmp_path, HELLO, "hello\n", LAB, lab_en=""), tmp_path)
    assert result.returncode != 0
    assert re.search(r"docs/en/demo/lab\.md:1: no lab source \S*labs/en/demo\.md", result.stderr), result.stderr[-3000:]


def test_a_lab_says_what_to_install_before_it_runs():
    pins = dict(re.findall(r"^([\w-]+)==(\S+)", (SNIPPETS / "requirements.in").read_text(), re.M))
    notebook, _ = labs.build("en", "async-io")
    note = notebook.cells[1].source
    assert f"aiohttp=={pins['aiohttp']}" in note and "`redis-server`" in note
    threads, _ = labs.build("en", "threads")
    assert "pip install" not in "".join(c.source for c in threads.cells if c.cell_type == "markdown")

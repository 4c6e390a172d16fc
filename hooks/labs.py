"""Lab pages: docs/<lang>/<chapter>/lab.md holds `<!-- lab -->`, which becomes the chapter's notebook
(labs/<lang>/<chapter>.md, see verify/labs.py), executed, checked against the verified outputs,
rendered by mkdocs-jupyter's converter, and offered for download as <chapter>.ipynb.
Not the mkdocs-jupyter plugin: under static-i18n it publishes notebooks as raw JSON (CONTRIBUTING.md,
"Lab notebooks"), and it could not check each output against the snippet's .out file.
"""

import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

import nbformat
from bs4 import BeautifulSoup
from markdown.extensions.toc import slugify_unicode, unique
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import get_toc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from verify import SiteError, labs  # noqa: E402

MARK = "<!-- lab -->"
SLOT = "<p>LAB-NOTEBOOK</p>"
DOWNLOAD = {"zh": "下载这个笔记本（.ipynb）", "en": "Download this notebook (.ipynb)"}


def _lab(page) -> tuple[str, str]:
    path = Path(page.file.abs_src_path)
    return path.parents[1].name, path.parent.name  # docs/<lang>/<chapter>/lab.md


def on_page_markdown(markdown, page, config, files):
    if MARK in markdown:
        return markdown.replace(MARK, "LAB-NOTEBOOK")
    return None


def on_page_content(html, page, config, files):
    if SLOT not in html:
        return html
    lang, chapter = _lab(page)
    root = Path(config.config_file_path).parent
    source = labs.source_path(lang, chapter, root)
    try:
        nb, examples = labs.build(lang, chapter, root)
        done = labs.execute(nb, examples, source)
    except SiteError as error:
        raise PluginError(str(error)) from None
    if found := labs.problems(done, examples, source):
        raise PluginError("lab output differs from the verified output:\n" + "\n\n".join(found))
    download = _with_links(done, urljoin(page.canonical_url or "", "../"))
    name = f"{chapter}.ipynb"
    dest = Path(page.file.abs_dest_path).parent
    dest.mkdir(parents=True, exist_ok=True)
    nbformat.write(download, dest / name)
    link = f'<p class="lab-download"><a href="{name}" download>{DOWNLOAD[lang]}</a></p>'
    notebook = _render(_with_links(done, "../"))
    page.toc = _toc(notebook)
    return html.replace(SLOT, link + notebook)


def _toc(html: str):
    """The page's table of contents: the notebook's h2 (chapter pages) and h3 (sections) headings."""
    tokens = []
    for heading in BeautifulSoup(html, "html.parser").select("h2[id], h3[id]"):
        for anchor in heading.select("a.headerlink"):
            anchor.decompose()
        level = int(heading.name[1])
        token = {"level": level, "id": heading["id"], "name": heading.get_text().strip(), "children": []}
        (tokens[-1]["children"] if level == 3 and tokens else tokens).append(token)
    return get_toc(tokens)


def _slug_ids(soup: BeautifulSoup) -> None:
    """Heading ids slugged as on the site's pages: the converter keeps quotes and other punctuation
    in them, which breaks Material's `[id="…"]` selectors."""
    used: set[str] = set()
    for heading in soup.select("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]"):
        text = "".join(heading.find_all(string=True, recursive=False)) or heading.get_text()
        new = unique(slugify_unicode(text.strip(), "-") or "section", used)
        for link in heading.select("a.headerlink"):
            link["href"] = f"#{new}"
        heading["id"] = new


def _with_links(nb, base: str):
    copy = nbformat.from_dict(nb)
    for cell in copy.cells:
        if cell.cell_type == "markdown":
            cell.source = labs.page_links(cell.source, base)
    return copy


def _render(nb) -> str:
    from mkdocs_jupyter.nbconvert2 import nb2html

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lab.ipynb"
        nbformat.write(nb, path)
        return _tidy(nb2html(str(path), theme="light", custom_mathjax_url=""))


def _tidy(html: str) -> str:
    """The converter's cells without its scripts (one fetches mermaid from a CDN), its 600 KB of
    JupyterLab CSS (site.css styles the cells) and its copy widgets: code becomes a Material code
    block, which has its own copy button."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.select("script, style, .zeroclipboard-container, .clipboard-copy-txt"):
        tag.decompose()
    for anchor in soup.select("a.anchor-link"):
        anchor["class"] = ["headerlink"]  # Material shows it on hover
    _slug_ids(soup)
    for wrapper in soup.select(".jp-Cell-inputWrapper[tabindex]"):
        del wrapper["tabindex"]
    for block in soup.select("div.highlight-ipynb"):
        block["class"] = ["language-python", "highlight"]
        pre = block.find("pre")
        code = soup.new_tag("code")
        code.extend(list(pre.contents))
        pre.clear()
        pre.append(code)
    return str(soup)

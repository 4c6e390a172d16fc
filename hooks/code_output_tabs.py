"""Show every included snippet as two tabs, Code | Output, the output read from its .out file.

An author writes only

    ```python
    --8<-- "chapter/01_topic.py"
    ```

(optionally followed by the numbered list of code annotations) and this hook turns it into
content tabs whose Output tab includes chapter/01_topic.out, the output the test suite verified.
It also checks every include of the page first, so a broken one fails the build with the
page's path and line, and adds a version badge for snippets that declare `# requires: 3.x`.
"""

import base64
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mkdocs.exceptions import PluginError  # noqa: E402

from verify import SiteError  # noqa: E402
from verify.pages import PYTHON_LANGS, check_include, fences, includes, section_lines, split_target  # noqa: E402
from verify.snippets import Snippet  # noqa: E402

LABELS = {
    "zh": {"code": "代码", "output": "输出", "none": "（没有输出）",
           "unordered": "行的顺序每次运行可能不同；测试按排序后的行比较。", "requires": "需要 Python {}+",
           "no_browser": "这里没有“运行”按钮：浏览器中的 asyncio 由浏览器自己的事件循环驱动（Pyodide），"
                         "这个例子在那里的表现与 CPython 不同。"},
    "en": {"code": "Code", "output": "Output", "none": "(no output)",
           "unordered": "Line order may differ between runs; the test compares sorted lines.",
           "requires": "Requires Python {}+",
           "no_browser": "No Run button here: in the browser, asyncio is driven by the browser's own event loop "
                         "(Pyodide), where this example behaves differently from CPython."},
}
ANNOTATION_ITEM = re.compile(r"^\d+\.\s")
ANNOTATION_MARKER = re.compile(r"#\s*\((\d+)\)!")
ANNOTATION_COMMENT = re.compile(r"[ \t]*#\s*\(\d+\)!.*$", re.M)  # how the copy button strips it, too


def on_page_markdown(markdown: str, page, config, files) -> str:
    path = Path(config.docs_dir) / page.file.src_uri
    labels = LABELS[page.file.src_uri.split("/")[0]]
    base = _snippets_dir(config)
    try:
        for line, target in includes(markdown):
            check_include(path, line, target, base)
    except SiteError as e:
        raise PluginError(str(e)) from None
    lines = markdown.splitlines()
    # Work from the bottom up so earlier line numbers stay valid.
    for fence in reversed(fences(markdown)):
        targets = fence.include_targets
        if fence.lang not in PYTHON_LANGS or len(targets) != 1:
            continue
        end = fence.end
        annotations = _annotation_block(lines, end, fence.indent)
        block = _tabs(path, fence.line, targets[0], fence, annotations, labels, base)
        lines[fence.line - 1: end + len(annotations)] = block
    return "\n".join(lines) + "\n"


def _annotation_block(lines: list[str], end: int, indent: str) -> list[str]:
    """Lines of the annotation list that follows a fence (blank lines included), or []."""
    i = end
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i >= len(lines) or not ANNOTATION_ITEM.match(lines[i].removeprefix(indent)):
        return []
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith(indent + " ")
                              or ANNOTATION_ITEM.match(lines[i].removeprefix(indent))):
        i += 1
    while not lines[i - 1].strip():
        i -= 1
    return lines[end:i]


def _snippets_dir(config) -> Path:
    """pymdownx.snippets' base_path, which it resolves against the working directory."""
    return Path(config.mdx_configs["pymdownx.snippets"]["base_path"][0]).resolve()


def live_code(snippet: Snippet) -> str:
    """A placeholder that assets/js/live-code.js turns into Run / Stop / Reset, an editor and an output panel.

    It carries the snippet as the reader would copy it (annotation markers removed), base64-encoded
    so that Markdown cannot touch it (it would turn `backticks` inside an attribute into <code>).
    """
    code = base64.b64encode(ANNOTATION_COMMENT.sub("", snippet.text).encode()).decode()
    return f'<div class="live-code" data-snippet="{html.escape(snippet.name)}" data-code="{code}"></div>'


def _tabs(page: Path, line: int, target: str, fence, annotations: list[str], labels: dict, base: Path) -> list[str]:
    name, section = split_target(target)
    snippet = Snippet(check_include(page, line, target, base))
    shown = "\n".join(section_lines(snippet.text, section)) if section else snippet.text
    markers = len(set(ANNOTATION_MARKER.findall(shown)))
    items = sum(1 for a in annotations if ANNOTATION_ITEM.match(a.removeprefix(fence.indent)))
    if markers != items:
        raise PluginError(str(SiteError(page, line, f"{target} has {markers} annotation markers # (n)! but the "
                                                    f"list after the include has {items} items")))
    if not snippet.expected_path.exists():
        message = f"{name} has no expected output file {snippet.expected_path.name}; run ./run update"
        raise PluginError(str(SiteError(page, line, message)))
    out_target = name[: -len(".py")] + ".out"
    title = f"snippets/{name}" + (f" ({section})" if section else "")
    ind, sub = fence.indent, fence.indent + "    "
    block = []
    if snippet.requires > (3, 11):
        version = "%d.%d" % snippet.requires
        block += [f'{ind}<span class="version-badge">{labels["requires"].format(version)}</span>', ""]
    block += [f'{ind}=== "{labels["code"]}"', "",
              f'{sub}```python title="{title}"', f'{sub}--8<-- "{target}"', f"{sub}```"]
    block += [sub + a.removeprefix(ind) if a.strip() else "" for a in annotations]
    if snippet.browser_runnable and not section:
        block += ["", sub + live_code(snippet)]
    elif snippet.meta.get("browser") == "unsupported":
        block += ["", f'{sub}<p class="live-code__hint">{labels["no_browser"]}</p>']
    block += ["", f'{ind}=== "{labels["output"]}"', ""]
    if snippet.unordered:
        block += [f"{sub}*{labels['unordered']}*", ""]
    if snippet.expected_path.read_text(encoding="utf-8").strip():
        block += [f"{sub}```text", f'{sub}--8<-- "{out_target}"', f"{sub}```"]
    else:
        block += [f"{sub}{labels['none']}"]
    return block + [""]

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
from verify.snippets import BROWSER_REASONS, Snippet  # noqa: E402

LABELS = {
    "zh": {"lang": "zh", "code": "代码", "output": "输出", "none": "（没有输出）",
           "unordered": "行的顺序每次运行可能不同；测试按排序后的行比较。", "requires": "需要 Python {}+",
           "no_browser": "这里没有“运行”按钮：浏览器里的 asyncio 由 Pyodide 的事件循环驱动，而",
           "script_only": "请把它保存成文件，用 <code>python 文件名.py</code> 运行，"
                          "不要粘贴到 REPL 或 Jupyter 笔记本里："
                          "在 <code>spawn</code> 和 <code>forkserver</code> 启动方式下（Windows 和 macOS 的默认方式，"
                          "3.14 起也是 Linux 的默认方式），子进程要导入主模块，而 REPL 和笔记本没有可以导入的主模块。"},
    "en": {"lang": "en", "code": "Code", "output": "Output", "none": "(no output)",
           "unordered": "Line order may differ between runs; the test compares sorted lines.",
           "requires": "Requires Python {}+",
           "no_browser": "No Run button here: in the browser, asyncio is driven by Pyodide's event loop, and ",
           "script_only": "Save it as a file and run it with <code>python file.py</code>, not in a REPL or a Jupyter "
                          "notebook: under the <code>spawn</code> and <code>forkserver</code> start methods (the "
                          "default on Windows and macOS, and on Linux from 3.14), child processes import the main "
                          "module, which a REPL or a notebook does not have."},
}
# Why a `# browser: unsupported (reason)` snippet has no Run button, completing LABELS[lang]["no_browser"].
NO_BROWSER_BECAUSE = {
    "zh": {
        "own-loop": "这个例子自己创建和关闭事件循环（或者依赖 <code>asyncio.run()</code> 退出时的清理）；"
                    "浏览器里的代码本身已经运行在那个事件循环之中。",
        "debug-mode": "这个例子依赖 asyncio 的调试模式（慢回调警告、记录协程和任务在哪里创建），"
                      "Pyodide 的事件循环没有实现这些。",
        "task-count": "这个例子要数或列出事件循环里的任务；在浏览器里，页面运行代码时自己也占一个任务，"
                      "所以数出来的结果不同。",
        "gc": "这个例子依赖 CPython 什么时候回收一个没有引用的任务；Pyodide 的事件循环自己保存着任务的引用。",
        "eager": "它不支持立即执行的任务（3.12 的 eager task factory、3.14 的 <code>eager_start</code>）。",
        "loop-errors": "这个例子展示事件循环怎样报告没有人处理的错误；Pyodide 的事件循环报告的时机和内容不同。",
        "timing": "这个例子测量事件循环多快能轮到一个任务；浏览器里的事件循环依靠浏览器的定时器，"
                  "<code>time.sleep()</code> 也不像在 CPython 里那样阻塞它，所以测出的结果不同。",
    },
    "en": {
        "own-loop": "this example creates and closes event loops itself (or relies on the clean-up "
                    "<code>asyncio.run()</code> does on its way out), while code in the browser already runs "
                    "inside that loop.",
        "debug-mode": "this example relies on asyncio's debug mode (slow-callback warnings, where a coroutine "
                      "or task was created), which Pyodide's event loop does not implement.",
        "task-count": "this example counts or lists the event loop's tasks; in the browser the page runs the "
                      "code in a task of its own, so the count differs.",
        "gc": "this example depends on when CPython destroys a task nobody references; Pyodide's event loop "
              "keeps references to its tasks.",
        "eager": "it does not support eager tasks (3.12's eager task factory, 3.14's <code>eager_start</code>).",
        "loop-errors": "this example shows how the event loop reports errors nobody handled; Pyodide's event "
                       "loop reports them at other times and in other words.",
        "timing": "this example measures how soon the event loop gets round to a task; in the browser the loop "
                  "runs on the browser's timers, and <code>time.sleep()</code> does not block it the way it does "
                  "in CPython, so the measurements differ.",
    },
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
    elif snippet.browser_unsupported in BROWSER_REASONS:
        because = NO_BROWSER_BECAUSE[labels["lang"]][snippet.browser_unsupported]
        block += ["", f'{sub}<p class="live-code__hint">{labels["no_browser"]}{because}</p>']
    if snippet.uses_multiprocessing:
        block += ["", f'{sub}<p class="run-as-file">{labels["script_only"]}</p>']
    block += ["", f'{ind}=== "{labels["output"]}"', ""]
    if snippet.unordered:
        block += [f"{sub}*{labels['unordered']}*", ""]
    if snippet.expected_path.read_text(encoding="utf-8").strip():
        block += [f"{sub}```text", f'{sub}--8<-- "{out_target}"', f"{sub}```"]
    else:
        block += [f"{sub}{labels['none']}"]
    return block + [""]

"""Lab notebooks: each chapter's examples as a Jupyter notebook in the page's language.

A lab's source is labs/<lang>/<chapter>.md, a jupytext Markdown notebook. Its Markdown cells are
prose; each code cell holds one include line, `--8<-- "chapter/file.py"`, which becomes the cells
that run that snippet in a Jupyter kernel, as written wherever a kernel allows:

    plain    the snippet as it is
    await    `asyncio.run(main())` becomes `await main()`: the kernel already runs an event loop
    module   multiprocessing: the snippet is written to a module (%%writefile) that the next cell
             imports, because spawn and forkserver children find the worker by importing its module,
             and a notebook's __main__ cannot be imported
    script   the snippet is written to a file and run with the kernel's Python: examples about
             asyncio.run() itself, signals, sys.argv, exiting ...; a source can also ask for it with
             ```python mode="script"

execute() runs a notebook in one kernel (the snippet venv of this Python), cell by cell, failing on
any error, and caches the outputs by content hash; problems() compares each example's output with
its verified .out file.
"""

import ast
import copy
import functools
import hashlib
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat

from verify import LANGUAGES, ROOT, SiteError, rel
from verify.built_site import MARKER
from verify.interpreters import SNIPPET_LOCK, VERSIONS, snippet_python
from verify.snippets import Snippet, diff_output

CACHE = Path(os.environ.get("LAB_CACHE", ROOT / ".cache" / "labs"))  # tools/benchmark.py empties it
CACHE_FORMAT = "1"  # bump when the way cells are made or run changes
INCLUDE = re.compile(r'^--8<-- "([^"]+\.py)"$')
ANSI = re.compile(r"\x1b\[[0-9;]*m")
ANNOTATION = re.compile(r"\s*# \(\d+\)!$")
GUARD = "if __name__ == \"__main__\":"
PAGE_LINK = re.compile(r"\]\(([\w-]+)\.md(#[\w-]+)?\)")
# a kernel cannot run these as written: they need a process of their own
NEEDS_SCRIPT = re.compile(r"asyncio\.(run|Runner)\b|run_until_complete|new_event_loop|\bsignal\b|sys\.argv"
                          r"|sys\.exit|os\._exit|__file__|sys\.stdin|atexit|threading\.enumerate|active_count"
                          r"|all_tasks|set_exception_handler|\binterpreters\b|InterpreterPoolExecutor")
KERNEL = {"display_name": "Python 3", "language": "python", "name": "python3"}
WHY = {
    "module": {
        "zh": "为什么写成模块：spawn 与 forkserver 启动的子进程要按模块名导入工作函数，"
              "而笔记本的 `__main__` 无法被导入。",
        "en": "Why a module: spawn and forkserver children import the worker by its module name, "
              "and a notebook's `__main__` cannot be imported."},
    "script": {
        "zh": "为什么作为脚本运行：这个例子演示的行为（如 `asyncio.run()` 本身、信号、退出，"
              "或者多进程的速度对比）需要一个全新的独立进程，笔记本内核做不到。",
        "en": "Why a script: this example shows behaviour (such as `asyncio.run()` itself, signals, exiting, "
              "or a speed comparison between processes) that needs a fresh process of its own, "
              "which a notebook kernel is not."},
    "newer": {
        "zh": "这个例子需要 Python {v} 或更新的版本，而构建本站的内核是 Python {k}，所以它没有执行，下面没有输出。",
        "en": "This example needs Python {v} or newer, and the kernel that built this site is Python {k}, "
              "so it was not executed and shows no output."},
    "needs": {"zh": "运行这个笔记本需要先安装：", "en": "To run this notebook, first install:"},
    "program": {"zh": "，以及程序 {p}", "en": ", and the program {p}"},
    "await": {
        "zh": "笔记本内核已经在运行事件循环，所以这里用 `await main()` 代替 `asyncio.run(main())`。",
        "en": "The notebook kernel already runs an event loop, so `await main()` stands in for "
              "`asyncio.run(main())`."}}


@dataclass
class Example:
    snippet: Snippet
    mode: str
    line: int  # of the include, in the lab source
    first_cell: int  # index of its first code cell in the notebook
    run_cell: int  # index of the cell whose output is the example's output
    skipped: bool  # needs a newer Python than the kernel's: not executed


def source_path(lang: str, chapter: str, root: Path = ROOT) -> Path:
    return root / "labs" / lang / f"{chapter}.md"


def chapters(root: Path = ROOT) -> list[str]:
    """Chapters: folders of docs/<default language> that have a lab page."""
    return sorted(p.parent.name for p in (root / "docs" / LANGUAGES[0]).glob("*/lab.md"))


def shown_code(snippet: Snippet) -> str:
    """The snippet as a reader copies it: annotation markers and section markers removed."""
    lines = [ANNOTATION.sub("", ln) for ln in snippet.text.splitlines() if not MARKER.match(ln)]
    return "\n".join(lines).strip("\n")


def mode_of(snippet: Snippet, asked: str | None) -> str:
    code = shown_code(snippet)
    head, _, tail = code.rpartition(GUARD + "\n")
    guard_body = tail.strip()
    if asked == "script" or not head or NEEDS_SCRIPT.search(head):
        return "script"
    if "perf_counter" in head and (snippet.uses_multiprocessing or "interpreters" in head):
        return "script"  # a speed comparison between processes: a fresh process, not a kernel with a past
    if guard_body == "asyncio.run(main())":
        return "await"
    if guard_body != "main()":
        return "script"
    return "module" if snippet.uses_multiprocessing else "plain"


def module_name(snippet: Snippet) -> str:
    return re.sub(r"\W", "_", "_".join(snippet.path.with_suffix("").parts[-2:]))


def example_cells(snippet: Snippet, mode: str) -> list[str]:
    code = shown_code(snippet)
    name = module_name(snippet)
    if mode == "plain":
        return [code]
    if mode == "await":
        return [code.replace(GUARD + "\n    asyncio.run(main())", GUARD + "\n    await main()")]
    if mode == "script":
        file = snippet.path.name  # its own name: some examples print it
        return [f"%%writefile {file}\n{code}", f"import sys\n\n!{{sys.executable}} {file}"]
    written = f"%%writefile {name}.py\n{code}"
    call = f"await {name}.main()" if "asyncio.run(main())" in code.rpartition(GUARD)[2] else f"{name}.main()"
    reload = f"importlib.reload({name})  # picks up edits of the cell above"
    return [written, f"import importlib\n\nimport {name}\n\n{reload}\n{call}"]


def page_links(text: str, base: str) -> str:
    """Links to the chapter's pages (`page.md#anchor`) as URLs relative to `base`."""
    return PAGE_LINK.sub(lambda m: f"]({base}{m[1]}/{m[2] or ''})", text)


def build(lang: str, chapter: str, root: Path = ROOT) -> tuple[nbformat.NotebookNode, list[Example]]:
    """The lab notebook (not executed) and its examples; a bad source raises SiteError."""
    path, docs, snippets = source_path(lang, chapter, root), root / "docs", root / "snippets"
    if not path.exists():
        raise SiteError(docs / lang / chapter / "lab.md", 1, f"no lab source {rel(path)}")
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    source = jupytext.reads(text, fmt="md")
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
    examples, search_from, told = [], 0, set()
    for cell in source.cells:
        if cell.cell_type == "markdown":
            for target in PAGE_LINK.findall(cell.source):
                if not (docs / lang / chapter / f"{target[0]}.md").exists():
                    line = _line_of(lines, f"{target[0]}.md", 0)
                    raise SiteError(path, line, f"no page {lang}/{chapter}/{target[0]}.md")
            nb.cells.append(nbformat.v4.new_markdown_cell(cell.source))
            continue
        line = _line_of(lines, cell.source.strip().splitlines()[0] if cell.source.strip() else "```", search_from)
        search_from = line
        match = INCLUDE.match(cell.source.strip())
        if not match:
            raise SiteError(path, line, 'a code cell holds exactly one include line: --8<-- "chapter/file.py"')
        snippet_file = snippets / match[1]
        if not snippet_file.exists():
            raise SiteError(path, line, f"included snippet {match[1]} does not exist")
        snippet = Snippet(snippet_file)
        mode = mode_of(snippet, cell.metadata.get("mode"))
        if mode != "plain" and mode not in told:
            told.add(mode)
            nb.cells.append(nbformat.v4.new_markdown_cell(f"> {WHY[mode][lang]}"))
        skip = snippet.requires > kernel()[1]
        if skip:
            nb.cells.append(nbformat.v4.new_markdown_cell("> " + WHY["newer"][lang].format(
                v="%d.%d" % snippet.requires, k="%d.%d" % kernel()[1])))
        first = len(nb.cells)
        nb.cells += [nbformat.v4.new_code_cell(c, metadata={"tags": ["skip-execution"]} if skip else {})
                     for c in example_cells(snippet, mode)]
        examples.append(Example(snippet, mode, line, first, len(nb.cells) - 1, skip))
    if note := requirements_note(examples, snippets, lang):
        at = 1 if nb.cells[0].cell_type == "markdown" else 0
        nb.cells.insert(at, nbformat.v4.new_markdown_cell(note))
        for e in examples:
            e.first_cell, e.run_cell = e.first_cell + 1, e.run_cell + 1
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"
    return nb, examples


def requirements_note(examples: list[Example], snippets: Path, lang: str) -> str | None:
    """What a reader must install: the pinned packages the examples import, and programs they start."""
    pins = dict(re.findall(r"^([\w-]+)==(\S+)", (snippets / "requirements.in").read_text(), re.M)) \
        if (snippets / "requirements.in").exists() else {}
    modules, programs = set(), set()
    for e in examples:
        for node in ast.walk(ast.parse(e.snippet.text)):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                modules.update(n.split(".")[0] for n in names if n and n.split(".")[0] not in sys.stdlib_module_names)
        programs.update(e.snippet.needs)
    if not modules and not programs:
        return None
    packages = " ".join(f"{m}=={pins[m]}" if m in pins else m for m in sorted(modules))
    text = WHY["needs"][lang] + (f"{'' if lang == 'zh' else ' '}`pip install {packages}`" if packages else "")
    if programs:
        text += WHY["program"][lang].format(p="、".join(f"`{p}`" for p in sorted(programs)) if lang == "zh"
                                            else ", ".join(f"`{p}`" for p in sorted(programs)))
    return "> " + text + ("。" if lang == "zh" else ".")


def _line_of(lines: list[str], needle: str, start: int) -> int:
    for number, line in enumerate(lines[start:], start + 1):
        if needle in line:
            return number
    return start + 1


@functools.cache
def kernel() -> tuple[str, tuple[int, int]]:
    """The python (of a snippet venv) that runs the labs: the newest version this machine has."""
    for version in reversed(VERSIONS):
        if python := snippet_python(version):
            return python, version
    raise RuntimeError("no Python for the lab kernel")


def _cache_key(nb: nbformat.NotebookNode, python: str) -> str:
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    material = json.dumps([CACHE_FORMAT, python, sys.version, SNIPPET_LOCK.read_text(), code])
    return hashlib.sha256(material.encode()).hexdigest()


def execute(nb: nbformat.NotebookNode, examples: list[Example], where: Path) -> nbformat.NotebookNode:
    """A copy of `nb` with every code cell's outputs; runs only what the cache does not hold."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    python, _ = kernel()
    done = copy.deepcopy(nb)
    cached = CACHE / f"{_cache_key(nb, python)}.json"
    code_cells = [c for c in done.cells if c.cell_type == "code"]
    if cached.exists():
        for cell, saved in zip(code_cells, json.loads(cached.read_text()), strict=True):
            cell.outputs, cell.execution_count = [nbformat.from_dict(o) for o in saved["outputs"]], saved["count"]
        return _coalesced(done)
    spec_dir = CACHE / "kernels" / "lab"
    spec_dir.mkdir(parents=True, exist_ok=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}", "--IPKernelApp.log_level=ERROR"],
        "display_name": "Python 3", "language": "python"}))
    timeouts = {}
    for e in examples:
        for cell in done.cells[e.first_cell:e.run_cell + 1]:
            timeouts[cell.id] = int(e.snippet.timeout * 2)
    specs = KernelSpecManager(kernel_dirs=[str(spec_dir.parent)])
    km = AsyncKernelManager(kernel_name="lab", kernel_spec_manager=specs)
    with tempfile.TemporaryDirectory() as cwd:
        client = NotebookClient(done, km=km, allow_errors=False, resources={"metadata": {"path": cwd}},
                                timeout_func=lambda cell: timeouts.get(cell.id, 60), record_timing=False)
        running = []
        client.on_cell_execute = lambda cell, cell_index: running.append(cell_index)
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError) as error:
            index = running[-1] if running else 0
            failed = next((e for e in examples if e.first_cell <= index <= e.run_cell), None)
            line, name = (failed.line, rel(failed.snippet.path)) if failed else (1, "a cell")
            if isinstance(error, CellTimeoutError):
                raise SiteError(where, line, f"{name} was stopped after its {timeouts.get(done.cells[index].id, 60)} s "
                                "timeout in the lab's kernel (hung?)") from None
            trace = ANSI.sub("", str(error))[-2000:]
            raise SiteError(where, line, f"{name} failed in the lab's kernel:\n{trace}") from None
    done.metadata["kernelspec"] = KERNEL
    _coalesced(done)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps([{"outputs": c.outputs, "count": c.execution_count} for c in code_cells]))
    return done


def _coalesced(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Each flush reaches the kernel client as its own stream output; merged, as Jupyter shows them,
    so a line cut by a flush is one line on the page."""
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    for index, cell in enumerate(nb.cells):
        CoalesceStreamsPreprocessor().preprocess_cell(cell, {}, index)
    return nb


def printed(cell) -> tuple[str, str]:
    """(stdout, stderr) a code cell printed."""
    out = {"stdout": "", "stderr": ""}
    for o in cell.outputs:
        if o.output_type == "stream":
            out[o.name] += o.text
    return out["stdout"], out["stderr"]


def problems(nb: nbformat.NotebookNode, examples: list[Example], where: Path) -> list[str]:
    """Examples whose output in the kernel is not their verified output, as 'file:line: ...'."""
    found = []
    for e in examples:
        if e.skipped:
            continue
        stdout, stderr = printed(nb.cells[e.run_cell])
        if stderr:
            found.append(f"{rel(where)}:{e.line}: {rel(e.snippet.path)} wrote to stderr in the lab:\n{stderr}")
        elif message := diff_output(e.snippet, stdout, "[lab]"):
            found.append(f"{rel(where)}:{e.line}: {message}")
    return found

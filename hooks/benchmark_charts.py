"""Draw a recorded benchmark as an inline SVG chart plus a table of the same numbers.

A page asks for a chart with a line of its own:

    <!-- chart: benchmarks/cpu-crossover.json -->

The JSON file is what tools/benchmark_cpu.py recorded: machine details and, per workload size, the
median seconds of each series. Nothing is typed by hand, so the page can only show measured data.
A missing or malformed file fails the build with the page's path and line.
"""

import json
import math
import re
from html import escape
from pathlib import Path

from mkdocs.exceptions import PluginError

PLACEHOLDER = re.compile(r"^<!-- chart: (\S+\.json) -->$", re.M)
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 380, 64, 16, 16, 96
STYLES = [("#1f77b4", ""), ("#d62728", "6 4"), ("#2ca02c", "2 3"), ("#b35900", "12 4"), ("#9467bd", "10 3 2 3")]
LABELS = {
    "zh": {"x": "工作量（循环次数，对数刻度）", "y": "耗时（秒，对数刻度）", "size": "工作量",
           "title": "CPU 密集型任务在不同工作量下的耗时",
           "series": {"sequential": "顺序执行", "threads": "2 个线程", "processes (fork)": "2 个进程（fork）",
                      "processes (forkserver)": "2 个进程（forkserver）", "processes (spawn)": "2 个进程（spawn）"},
           "caption": "记录于 {recorded}：{cpu}，{cores} 核，{implementation} {python}，{os}。每个数字是 "
                      "`tools/benchmark_cpu.py` 测得的秒数（{what}）。"},
    "en": {"x": "workload (loop iterations, log scale)", "y": "seconds (log scale)", "size": "Workload",
           "title": "CPU-bound work: time taken at each workload size",
           "series": {"sequential": "sequential", "threads": "2 threads", "processes (fork)": "2 processes (fork)",
                      "processes (forkserver)": "2 processes (forkserver)", "processes (spawn)": "2 processes (spawn)"},
           "caption": "Recorded {recorded}: {cpu}, {cores} cores, {implementation} {python}, {os}. Each number is "
                      "seconds measured by `tools/benchmark_cpu.py` ({what})."},
}


def on_page_markdown(markdown: str, page, config, files) -> str:
    labels = LABELS[page.file.src_uri.split("/")[0]]
    root = Path(config.config_file_path).parent  # chart paths are relative to mkdocs.yml

    def chart(match: re.Match) -> str:
        line = markdown[:match.start()].count("\n") + 1
        where = f"docs/{page.file.src_uri}:{line}"
        try:
            record = json.loads((root / match.group(1)).read_text(encoding="utf-8"))
            return render(record, labels, Path(match.group(1)).stem)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise PluginError(f"{where}: chart {match.group(1)}: {type(e).__name__}: {e}") from None

    return PLACEHOLDER.sub(chart, markdown)


def render(record: dict, labels: dict, name: str) -> str:
    rows = record["results"]
    series = [key for key in rows[0] if key != "size"]
    return "\n\n".join([svg(rows, series, labels, f"chart-{name}"), table(rows, series, labels),
                        labels["caption"].format(**record["machine"], recorded=record["recorded"],
                                                 what=record["what"])])


def size_label(n: int) -> str:
    for unit, div in (("M", 1_000_000), ("k", 1_000)):
        if n >= div:
            return f"{n / div:g}{unit}"
    return str(n)


def svg(rows: list[dict], series: list[str], labels: dict, chart_id: str) -> str:
    xs = [math.log10(r["size"]) for r in rows]
    values = [r[s] for r in rows for s in series]
    y_lo, y_hi = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (x - xs[0]) / (xs[-1] - xs[0]) * plot_w

    def py(seconds: float) -> float:
        return TOP + (y_hi - math.log10(seconds)) / (y_hi - y_lo) * plot_h

    parts = [f'<svg class="benchmark-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-labelledby="{chart_id}" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="{chart_id}">{escape(labels["title"])}</title>']
    for exp in range(y_lo, y_hi + 1):
        y = py(10 ** exp)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{10 ** exp:g}</text>')
    for x, r in zip(xs, rows, strict=True):
        parts.append(f'<text x="{px(x):.1f}" y="{TOP + plot_h + 18}" text-anchor="middle">'
                     f'{size_label(r["size"])}</text>')
    parts.append(f'<text x="{LEFT + plot_w / 2}" y="{TOP + plot_h + 38}" text-anchor="middle">'
                 f'{escape(labels["x"])}</text>')
    parts.append(f'<text transform="translate(14 {TOP + plot_h / 2}) rotate(-90)" text-anchor="middle">'
                 f'{escape(labels["y"])}</text>')
    for i, name in enumerate(series):
        color, dash = STYLES[i % len(STYLES)]
        points = " ".join(f"{px(x):.1f},{py(r[name]):.1f}" for x, r in zip(xs, rows, strict=True))
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<polyline fill="none" stroke="{color}" stroke-width="2"{dashes} points="{points}"/>')
        parts += [f'<circle cx="{px(x):.1f}" cy="{py(r[name]):.1f}" r="3" fill="{color}"/>'
                  for x, r in zip(xs, rows, strict=True)]
        lx, ly = LEFT + (i % 2) * plot_w / 2, TOP + plot_h + 58 + (i // 2) * 18
        parts.append(f'<line x1="{lx}" x2="{lx + 28}" y1="{ly - 4}" y2="{ly - 4}" stroke="{color}" '
                     f'stroke-width="2"{dashes}/>')
        parts.append(f'<text x="{lx + 34}" y="{ly}">{escape(labels["series"].get(name, name))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def table(rows: list[dict], series: list[str], labels: dict) -> str:
    head = [labels["size"], *(labels["series"].get(s, s) for s in series)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join([f"{r['size']:,}", *(f"{r[s]:.4f}" for s in series)]) + " |" for r in rows]
    return "\n".join(lines)

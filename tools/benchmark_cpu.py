"""CPU-bound work done sequentially, by 2 threads and by 2 processes, at several workload sizes.

Records real timings with the machine's details in benchmarks/cpu-crossover.json; the chapter on
the GIL draws its chart from that file. Each timing includes starting the pool, which is what makes
processes lose on small workloads.

    .venv/bin/python tools/benchmark_cpu.py [--repeat 5]
"""

import argparse
import datetime
import json
import multiprocessing
import os
import platform
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "benchmarks" / "cpu-crossover.json"
SIZES = (10_000, 100_000, 1_000_000, 4_000_000, 16_000_000)  # loop iterations in total
WORKERS = 2


def count_multiples(start: int, stop: int) -> int:
    """Pure-Python CPU work: holds the GIL the whole time."""
    return sum(1 for i in range(start, stop) if i % 7 == 0 or i % 11 == 0)


def chunks(size: int) -> list[tuple[int, int]]:
    step = size // WORKERS
    return [(i * step, size if i == WORKERS - 1 else (i + 1) * step) for i in range(WORKERS)]


def sequential(size: int) -> int:
    return sum(count_multiples(a, b) for a, b in chunks(size))


def pooled(make_pool, size: int) -> int:
    with make_pool() as pool:
        return sum(pool.map(count_multiples, *zip(*chunks(size), strict=True)))


def process_pool(start_method: str):
    return lambda: ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context(start_method))


MODELS = {  # the keys are the series names the chart uses
    "sequential": sequential,
    "threads": lambda size: pooled(lambda: ThreadPoolExecutor(WORKERS), size),
    "processes (fork)": lambda size: pooled(process_pool("fork"), size),
    "processes (forkserver)": lambda size: pooled(process_pool("forkserver"), size),
    "processes (spawn)": lambda size: pooled(process_pool("spawn"), size),
}


def median_seconds(model, size: int, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        model(size)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cpu_model() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor()
    return next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    expected = [sequential(size) for size in SIZES]
    results = []
    for size, answer in zip(SIZES, expected, strict=True):
        row = {"size": size}
        for name, model in MODELS.items():
            assert model(size) == answer, f"{name} gave a different answer"
            row[name] = round(median_seconds(model, size, args.repeat), 4)
        results.append(row)
        print(json.dumps(row), file=sys.stderr)
    record = {
        "what": f"count multiples of 7 or 11 below N, split into {WORKERS} chunks; median of {args.repeat} runs,"
                " pool start-up included",
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "python": platform.python_version(),
                    "implementation": platform.python_implementation(), "os": platform.platform(terse=True)},
        "recorded": datetime.date.today().isoformat(),
        "results": results,
    }
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(OUTPUT)


if __name__ == "__main__":
    main()

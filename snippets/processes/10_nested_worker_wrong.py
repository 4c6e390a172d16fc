import multiprocessing as mp
import re
import threading
import warnings

LOCAL = re.compile(r"local object '?(?:<function )?([\w.<>]+)")


def main() -> None:
    def worker(tasks, results) -> None:  # (1)!
        while (n := tasks.get(timeout=10)) is not None:
            results.put(n * n)

    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        tasks, results = ctx.Queue(), ctx.Queue()
        for n in range(1, 11):
            tasks.put(n)  # (2)!
        workers = [ctx.Process(target=worker, args=(tasks, results)) for _ in range(3)]
        threads = threading.active_count()
        try:
            with warnings.catch_warnings(record=True):  # (3)!
                warnings.simplefilter("always")
                for w in workers:
                    w.start()
        except Exception as exc:  # (4)!
            print(f"{method:<10} start() failed: can't pickle local object {LOCAL.search(str(exc))[1]}")
            continue
        for _ in workers:
            tasks.put(None)
        squares = sorted(results.get(timeout=10) for _ in range(10))
        for w in workers:
            w.join(timeout=10)
        print(f"{method:<10} works: {squares} (threads in the parent while forking: {threads})")


if __name__ == "__main__":
    main()

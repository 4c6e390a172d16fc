# requires: 3.12
import multiprocessing as mp
import re
import threading
import time
import warnings

PID = re.compile(r" \(pid=\d+\)")


def start_and_join(ctx) -> str:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # (1)!
        child = ctx.Process(target=time.sleep, args=(0.01,))
        child.start()
        child.join(timeout=10)
    messages = [f"{w.category.__name__}: {PID.sub('', str(w.message))}" for w in caught]
    return "; ".join(messages) or "no warning"


def main() -> None:
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait, args=(10,))
    helper.start()  # (2)!
    print("threads in the parent:", threading.active_count())
    for method in ("fork", "spawn", "forkserver"):
        print(f"{method:<10} ->", start_and_join(mp.get_context(method)))  # (3)!
    stop.set()
    helper.join(timeout=10)


if __name__ == "__main__":
    main()

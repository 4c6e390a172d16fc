import multiprocessing as mp
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROGRAM = """\
import multiprocessing as mp
import sys
import time

def slow_worker():
    time.sleep(1.0)
    print("worker finished", flush=True)

if __name__ == "__main__":
    mp.Process(target=slow_worker, daemon=sys.argv[1] == "daemon").start()
    print("main returns", flush=True)
"""


def try_to_have_a_child(replies) -> None:
    try:
        mp.Process(target=time.sleep, args=(0,)).start()  # (1)!
        replies.put("started a child")  # pragma: no cover -- a daemon process cannot get here
    except AssertionError as exc:
        replies.put(f"AssertionError: {exc}")


def main() -> None:
    print("daemon by default:", mp.Process(target=time.sleep).daemon)
    replies = mp.Queue()
    d = mp.Process(target=try_to_have_a_child, args=(replies,), daemon=True)
    d.start()
    print("a daemon starting a child ->", replies.get(timeout=10))
    d.join(timeout=10)

    with tempfile.TemporaryDirectory() as tmp:  # (2)!
        path = Path(tmp, "exit_demo.py")
        path.write_text(PROGRAM)
        for kind in ("non-daemon", "daemon"):
            run = subprocess.run([sys.executable, str(path), kind], capture_output=True, text=True, timeout=30)
            print(f"{kind:<10} worker: {run.stdout.splitlines()}")  # (3)!


if __name__ == "__main__":
    main()

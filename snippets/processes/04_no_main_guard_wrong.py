import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """\
import multiprocessing
import sys

def greet():
    print("child: hello")

print("top level runs")
ctx = multiprocessing.get_context(sys.argv[1])
child = ctx.Process(target=greet)  # no `if __name__ == "__main__":` guard
child.start()
child.join(timeout=10)
"""
BOOTSTRAP_ERROR = "An attempt has been made to start a new process before the"  # (1)!


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "no_guard.py")
        path.write_text(PROGRAM)
        for method in ("fork", "spawn", "forkserver"):
            run = subprocess.run([sys.executable, str(path), method],  # (2)!
                                 capture_output=True, text=True, timeout=30)
            print(f"{method:<10} top level ran {run.stdout.count('top level runs')}x"
                  f" | child said hello: {'child: hello' in run.stdout}"
                  f" | RuntimeError about bootstrapping: {BOOTSTRAP_ERROR in run.stderr}")  # (3)!


if __name__ == "__main__":
    main()

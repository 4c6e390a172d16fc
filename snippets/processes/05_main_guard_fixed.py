import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """\
import multiprocessing
import sys

print("top level runs")

def greet():
    print("child: hello from module", __name__)

def main():
    print("main() runs")
    ctx = multiprocessing.get_context(sys.argv[1])
    child = ctx.Process(target=greet)
    child.start()
    child.join(timeout=10)

if __name__ == "__main__":
    main()
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "with_guard.py")
        path.write_text(PROGRAM)
        for method in ("fork", "spawn", "forkserver"):
            run = subprocess.run([sys.executable, str(path), method],
                                 capture_output=True, text=True, timeout=30)
            greeting = next(line for line in run.stdout.splitlines() if line.startswith("child:"))
            print(f"{method:<10} top level ran {run.stdout.count('top level runs')}x"  # (1)!
                  f" | main() ran {run.stdout.count('main() runs')}x"
                  f" | {greeting} | stderr empty: {run.stderr == ''}")  # (2)!


if __name__ == "__main__":
    main()

import subprocess
import sys
import tempfile
from pathlib import Path

PROGRAM = """\
import multiprocessing as mp

if __name__ == "__main__":
    print("nothing chosen yet:", mp.get_start_method(allow_none=True))
    mp.set_start_method("spawn")
    print("after set_start_method('spawn'):", mp.get_start_method())
    try:
        mp.set_start_method("forkserver")
    except RuntimeError as exc:
        print("a second call raises RuntimeError:", exc)
    ctx = mp.get_context("forkserver")
    print("get_context() leaves the global choice alone:", mp.get_start_method(), ctx.get_start_method())
    mp.set_start_method("forkserver", force=True)
    print("force=True overrides it:", mp.get_start_method())
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "choose_method.py")
        path.write_text(PROGRAM)
        run = subprocess.run([sys.executable, "-I", str(path)],  # (1)!
                             capture_output=True, text=True, timeout=30)
        print(run.stdout, end="")
        print("stderr empty:", run.stderr == "")


if __name__ == "__main__":
    main()

import os
import re
import subprocess
import sys

CHILD = """
import asyncio, sys, time
async def main():
    loop = asyncio.get_running_loop()
    if "--set-debug" in sys.argv:
        loop.set_debug(True)
    if "--threshold" in sys.argv:
        loop.slow_callback_duration = 0.5
    await asyncio.sleep(0)
    time.sleep(0.15)  # blocks the event loop for 150 ms
    print(loop.get_debug())
asyncio.run(main())
"""

RUNS = {  # (1)!
    "plain python": ([], [], {}),
    "PYTHONASYNCIODEBUG=1": ([], [], {"PYTHONASYNCIODEBUG": "1"}),
    "python -X dev": (["-X", "dev"], [], {}),
    "loop.set_debug(True)": ([], ["--set-debug"], {}),
    "debug, slow_callback_duration=0.5": ([], ["--threshold"], {"PYTHONASYNCIODEBUG": "1"}),
}


def main() -> None:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE")}
    example = ""
    for label, (flags, argv, env) in RUNS.items():
        cmd = [sys.executable, *flags, "-c", CHILD, *argv]
        child = subprocess.run(cmd, env={**clean, **env}, capture_output=True, text=True, timeout=30)
        warnings = [line for line in child.stderr.splitlines() if line.startswith("Executing <Task")]  # (2)!
        print(f"{label:34} debug={child.stdout.strip():5}  slow-callback warnings: {len(warnings)}")
        example = example or "".join(warnings[:1])
    example = re.sub(r", defined at \S+:\d+(?=>)|\s+created at \S+:\d+(?=>)", "", example)  # (3)!
    print(re.sub(r"\d+\.\d+ seconds", "N seconds", example))


if __name__ == "__main__":
    main()

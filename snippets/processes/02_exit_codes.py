import io
import multiprocessing as mp
import signal
import sys
import time


def work(action: str, seconds: float, started, cleaned_up) -> None:
    started.set()
    try:
        time.sleep(seconds)  # (1)!
        if action == "sys.exit(3)":
            sys.exit(3)
        if action == "raise":
            sys.stderr = io.StringIO()  # (2)!
            raise ValueError("bad input")
    finally:
        cleaned_up.set()  # (3)!


def main() -> None:
    cases = [("return", 0.0), ("sys.exit(3)", 0.0), ("raise", 0.0), ("terminate()", 30.0), ("kill()", 30.0)]
    for action, seconds in cases:
        started, cleaned_up = mp.Event(), mp.Event()
        p = mp.Process(target=work, args=(action, seconds, started, cleaned_up))
        p.start()
        started.wait(timeout=10)
        if action == "terminate()":
            p.terminate()  # (4)!
        if action == "kill()":
            p.kill()
        p.join(timeout=10)
        code = p.exitcode
        shown = f"{code} (-{signal.Signals(-code).name})" if code < 0 else str(code)  # (5)!
        print(f"{action:<12} exitcode: {shown:<14} finally ran: {cleaned_up.is_set()}")
        p.close()  # (6)!


if __name__ == "__main__":
    main()

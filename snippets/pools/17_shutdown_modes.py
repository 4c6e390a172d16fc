import threading
import time
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor


def slow(started: threading.Event) -> str:
    started.set()
    time.sleep(0.2)
    return "finished"


def outcome(future: Future) -> str:
    try:
        return f"ran -> {future.result(timeout=5)}"  # (1)!
    except CancelledError:
        return "cancelled"


def try_shutdown(**options: bool) -> None:
    started = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1)
    running = pool.submit(slow, started)
    queued = [pool.submit(int, n) for n in range(3)]
    started.wait(timeout=5)  # (2)!
    pool.shutdown(**options)
    returned_early = not running.done()  # (3)!
    print(f"shutdown({', '.join(f'{k}={v}' for k, v in options.items())}):")
    print(f"    returned while the task was running: {returned_early}; running task: {outcome(running)}")
    print(f"    queued tasks: {[outcome(f) for f in queued]}")


def main() -> None:
    try_shutdown(wait=True)
    try_shutdown(wait=False)  # (4)!
    try_shutdown(wait=True, cancel_futures=True)  # (5)!
    try_shutdown(wait=False, cancel_futures=True)


if __name__ == "__main__":
    main()

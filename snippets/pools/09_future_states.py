import threading
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor


def job(name: str, started: threading.Event, release: threading.Event) -> str:
    started.set()
    release.wait(timeout=5)
    return f"{name} done"


def states(f: Future) -> str:
    return f"running={f.running()} done={f.done()} cancelled={f.cancelled()}"


def main() -> None:
    release = threading.Event()
    first_started, second_started = threading.Event(), threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:  # (1)!
        first = pool.submit(job, "first", first_started, release)
        second = pool.submit(job, "second", second_started, release)
        first_started.wait(timeout=5)
        print("first: ", states(first))  # (2)!
        print("second:", states(second))
        print("cancel first ->", first.cancel())  # (3)!
        print("cancel second ->", second.cancel())  # (4)!
        print("second:", states(second))
        release.set()
        print("first result:", first.result(timeout=5))
        print("first: ", states(first))
    try:
        second.result(timeout=5)
    except CancelledError:
        print("second.result() raised CancelledError; second ever started:", second_started.is_set())


if __name__ == "__main__":
    main()

import threading
from concurrent.futures import Future, ThreadPoolExecutor

calls: list[str] = []
lock = threading.Lock()


def report(future: Future) -> None:  # (1)!
    with lock:
        calls.append(f"{future.result()} in {threading.current_thread().name}")


def work(name: str, release: threading.Event) -> str:
    release.wait(timeout=5)
    return name


def main() -> None:
    release = threading.Event()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        pending = pool.submit(work, "pending", release)
        pending.add_done_callback(report)  # (2)!
        release.set()
        pending.result(timeout=5)

        finished = pool.submit(work, "finished", release)
        finished.result(timeout=5)
        finished.add_done_callback(report)  # (3)!
        print("callback already ran before add_done_callback returned:", len(calls) == 2)
    for line in calls:
        print(line)


if __name__ == "__main__":
    main()

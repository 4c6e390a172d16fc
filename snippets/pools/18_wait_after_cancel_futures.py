import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait


def nap(started: threading.Event) -> None:
    started.set()
    time.sleep(0.1)


def main() -> None:
    started = threading.Event()
    pool = ThreadPoolExecutor(max_workers=1)
    futures = [pool.submit(nap, started) for _ in range(3)]
    started.wait(timeout=5)  # the first task is running, the other two are queued
    pool.shutdown(wait=True, cancel_futures=True)
    print("cancelled:", [f.cancelled() for f in futures])
    print("done():   ", [f.done() for f in futures])  # (1)!

    done = wait(futures, timeout=0.3).done  # (2)!
    print("wait() counted as done:", len(done), "of", len(futures))
    try:
        for _ in as_completed(futures, timeout=0.3):  # (3)!
            pass
    except TimeoutError:
        print("as_completed() timed out waiting for the cancelled futures")

    finished = [f for f in futures if f.done()]  # (4)!
    print("checking done() directly:", len(finished), "of", len(futures))


if __name__ == "__main__":
    main()

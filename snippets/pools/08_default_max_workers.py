import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

lock = threading.Lock()
started = 0


def block_until(release: threading.Event) -> None:
    global started
    with lock:
        started += 1
    release.wait(timeout=10)


def main() -> None:
    cpus = getattr(os, "process_cpu_count", os.cpu_count)() or 1  # (1)!
    expected = min(32, cpus + 4)  # (2)!
    release = threading.Event()
    with ThreadPoolExecutor() as pool:
        futures = [pool.submit(block_until, release) for _ in range(40)]  # (3)!
        for _ in range(100):  # wait up to 5 s for the pool to start its workers
            time.sleep(0.05)
            if started >= expected:
                break
        time.sleep(0.1)  # give any extra thread time to show up
        at_once = started
        release.set()
        done, _ = wait(futures, timeout=10)
    print("tasks running at once == min(32, CPUs + 4):", at_once == expected)
    print("all 40 tasks finished:", len(done) == 40)


if __name__ == "__main__":
    main()

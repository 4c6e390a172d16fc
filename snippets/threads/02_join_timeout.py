import threading
import time


def slow_job(release: threading.Event) -> None:
    release.wait(timeout=10)  # stands in for a job that takes a while


def main() -> None:
    release = threading.Event()
    worker = threading.Thread(target=slow_job, args=(release,))
    worker.start()

    start = time.perf_counter()
    returned = worker.join(timeout=0.2)  # (1)!
    waited = time.perf_counter() - start
    print("join(timeout=0.2) returned:", returned)
    print("it gave up after about 0.2 s:", 0.15 < waited < 2.0)
    print("worker still alive:", worker.is_alive())  # (2)!

    release.set()  # (3)!
    worker.join(timeout=5)
    print("worker alive after the second join:", worker.is_alive())


if __name__ == "__main__":
    main()

import threading
import time

N_THREADS = 5
JOBS = 20  # per thread
JOB_TIME = 0.01  # each job waits 10 ms, e.g. for a network reply


class JobCounter:
    def __init__(self) -> None:
        self.done = 0
        self._lock = threading.Lock()

    def run_job(self) -> None:
        with self._lock:  # (1)!
            time.sleep(JOB_TIME)  # (2)!
            self.done += 1


def work(counter: JobCounter) -> None:
    for _ in range(JOBS):
        counter.run_job()


def main() -> None:
    counter = JobCounter()
    threads = [threading.Thread(target=work, args=(counter,)) for _ in range(N_THREADS)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    elapsed = time.perf_counter() - start
    one_at_a_time = N_THREADS * JOBS * JOB_TIME  # (3)!
    print("correct count:", counter.done == N_THREADS * JOBS)
    print("as slow as running every job one after another:", elapsed >= 0.9 * one_at_a_time)


if __name__ == "__main__":
    main()

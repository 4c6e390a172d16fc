import multiprocessing as mp
import time


class RangeSummer:
    def __init__(self) -> None:
        self.results = mp.Queue()  # (1)!
        self.finished = mp.Semaphore(0)

    def worker(self, start: int, end: int, send_values: bool) -> None:
        values = list(range(start, end + 1))
        self.results.put(values if send_values else sum(values))  # (2)!
        self.finished.release()

    def run(self, n: int, send_values: bool) -> None:
        step = n // 4
        procs = [mp.Process(target=self.worker, args=(s + 1, s + step, send_values)) for s in range(0, n, step)]
        for p in procs:
            p.start()
        done = sum(self.finished.acquire(timeout=10) for _ in procs)  # (3)!
        deadline = time.monotonic() + 2.0
        for p in procs:
            p.join(timeout=max(0.0, deadline - time.monotonic()))  # (4)!
        stuck = sum(p.is_alive() for p in procs)
        items = []
        if stuck:
            items = [self.results.get(timeout=10) for _ in procs]  # (5)!
        while not self.results.empty():  # (6)!
            items.append(self.results.get(timeout=10))
        for p in procs:
            p.join(timeout=10)
        total = sum(i if isinstance(i, int) else sum(i) for i in items)
        what = f"lists of {step} ints" if send_values else "one int each"
        print(f"results as {what}: workers done: {done},"
              f" still running 2 s after that: {stuck}, total = {total}")


def main() -> None:
    summer = RangeSummer()
    summer.run(10_000, send_values=False)
    summer.run(400_000, send_values=True)


if __name__ == "__main__":
    main()

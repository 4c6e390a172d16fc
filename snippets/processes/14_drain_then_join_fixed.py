import multiprocessing as mp


class RangeSummer:
    def __init__(self) -> None:
        self.results = mp.Queue()

    def worker(self, start: int, end: int, send_values: bool) -> None:
        values = list(range(start, end + 1))
        self.results.put(values if send_values else sum(values))

    def run(self, n: int, send_values: bool) -> None:
        step = n // 4
        procs = [mp.Process(target=self.worker, args=(s + 1, s + step, send_values)) for s in range(0, n, step)]
        for p in procs:
            p.start()
        items = [self.results.get(timeout=10) for _ in procs]  # (1)!
        for p in procs:
            p.join(timeout=10)  # (2)!
        total = sum(i if isinstance(i, int) else sum(i) for i in items)
        what = f"lists of {step} ints" if send_values else "one int each"
        print(f"results as {what}: total = {total}, correct: {total == n * (n + 1) // 2},"
              f" all exited: {all(p.exitcode == 0 for p in procs)}")


def main() -> None:
    summer = RangeSummer()
    summer.run(10_000, send_values=False)
    summer.run(400_000, send_values=True)


if __name__ == "__main__":
    main()

import multiprocessing as mp

N_WORKERS = 3
TASKS = range(1, 11)


def worker(tasks, results) -> None:  # (1)!
    handled = 0
    while (n := tasks.get(timeout=10)) is not None:  # (2)!
        results.put((n, n * n))
        handled += 1
    results.put(("done", handled))


def main() -> None:
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(N_WORKERS)]
    for w in workers:
        w.start()  # (3)!
    for n in TASKS:
        tasks.put(n)
    for _ in workers:
        tasks.put(None)  # (4)!
    squares, handled = {}, 0
    for _ in range(len(TASKS) + N_WORKERS):  # (5)!
        key, value = results.get(timeout=10)
        if key == "done":
            handled += value
        else:
            squares[key] = value
    for w in workers:
        w.join(timeout=10)  # (6)!
    print("squares:", [squares[n] for n in TASKS])
    print("tasks handled:", handled, "| exit codes:", [w.exitcode for w in workers])


if __name__ == "__main__":
    main()

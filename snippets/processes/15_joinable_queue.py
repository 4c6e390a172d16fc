import multiprocessing as mp
import threading


def worker(jobs, results) -> None:
    while (job := jobs.get(timeout=10)) is not None:
        results.put(job * job)
        jobs.task_done()  # (1)!
    jobs.task_done()  # the sentinel counts as a task too


def main() -> None:
    jobs, results = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for job in range(1, 7):
        jobs.put(job)
    waiter = threading.Thread(target=jobs.join, daemon=True)  # (2)!
    waiter.start()
    waiter.join(timeout=10)
    print("jobs.join() returned, every job done:", not waiter.is_alive())
    print("squares:", sorted(results.get(timeout=10) for _ in range(6)))
    for _ in workers:
        jobs.put(None)  # (3)!
    for w in workers:
        w.join(timeout=10)
    print("exit codes:", [w.exitcode for w in workers])


if __name__ == "__main__":
    main()

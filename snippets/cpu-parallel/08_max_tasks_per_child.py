import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def whoami(task: int) -> int:
    return os.getpid()


def main() -> None:
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2) as pool:  # (1)!
        pids = [pool.submit(whoami, task).result(timeout=30) for task in range(6)]  # (2)!
    print("6 tasks ran in this many worker processes:", len(set(pids)))  # (3)!
    print("each process ran 2 tasks in a row:", pids[0::2] == pids[1::2])

    try:
        ProcessPoolExecutor(max_tasks_per_child=2, mp_context=multiprocessing.get_context("fork"))  # (4)!
    except ValueError as exc:
        print("with fork:", exc)


if __name__ == "__main__":
    main()

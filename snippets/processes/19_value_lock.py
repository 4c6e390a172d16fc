import contextlib
import multiprocessing as mp
import time

N = 100


def add(counter, both_ready, use_lock: bool) -> None:
    both_ready.wait(timeout=10)  # (1)!
    for _ in range(N):
        with counter.get_lock() if use_lock else contextlib.nullcontext():  # (2)!
            current = counter.value
            time.sleep(0.001)  # (3)!
            counter.value = current + 1


def run(use_lock: bool) -> int:
    counter, both_ready = mp.Value("i", 0), mp.Barrier(2)
    procs = [mp.Process(target=add, args=(counter, both_ready, use_lock)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=20)
    return counter.value


def main() -> None:
    unsafe = run(use_lock=False)
    print(f"without the lock: lost updates: {unsafe < 2 * N}")
    print(f"with get_lock():  {run(use_lock=True)} of {2 * N}")
    print("Value(lock=False) has get_lock():", hasattr(mp.Value("i", 0, lock=False), "get_lock"))  # (4)!


if __name__ == "__main__":
    main()

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def tiny(n: int) -> int:
    return n * 2


def short_wait(n: int) -> int:
    time.sleep(0.15)
    return n


def thread_per_task(job: Callable[[int], int], count: int) -> None:
    threads = [threading.Thread(target=job, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)


def pooled(job: Callable[[int], int], count: int) -> None:
    with ThreadPoolExecutor(max_workers=min(count, 8)) as pool:
        list(pool.map(job, range(count), timeout=10))


def best_of(rounds: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    many_tiny = best_of(5, lambda: thread_per_task(tiny, 500)) / best_of(5, lambda: pooled(tiny, 500))  # (1)!
    few_waits = best_of(3, lambda: thread_per_task(short_wait, 8)) / best_of(3, lambda: pooled(short_wait, 8))  # (2)!
    print("500 tiny tasks: pool faster than a thread per task (by 1.2x or more):", many_tiny >= 1.2)
    print("8 waits of 0.15 s: no clear winner (within a factor of 1.5):", 1 / 1.5 < few_waits < 1.5)


if __name__ == "__main__":
    main()

import threading
import time
from collections.abc import Callable

N_THREADS = 4
lock = threading.Lock()


def get_or_create(cache: dict[str, int], created: list[str], key: str) -> int:
    if key not in cache:  # (1)!
        time.sleep(0.05)  # (2)!
        created.append(key)
        cache[key] = len(created)
    return cache[key]


def get_or_create_locked(cache: dict[str, int], created: list[str], key: str) -> int:
    with lock:  # (3)!
        return get_or_create(cache, created, key)


def run(getter: Callable[[dict[str, int], list[str], str], int]) -> int:
    cache: dict[str, int] = {}
    created: list[str] = []
    start_together = threading.Barrier(N_THREADS)

    def user() -> None:
        start_together.wait(timeout=5)
        getter(cache, created, "db")

    threads = [threading.Thread(target=user) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    return len(created)


def main() -> None:
    print("without a lock, created more than once:", run(get_or_create) > 1)
    print("with a lock, created exactly once:", run(get_or_create_locked) == 1)


if __name__ == "__main__":
    main()

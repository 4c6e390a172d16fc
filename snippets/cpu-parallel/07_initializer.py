import os
from concurrent.futures import ProcessPoolExecutor

_table: dict[int, int] = {}  # (1)!
_init_calls = 0


def load_table(size: int) -> None:  # (2)!
    global _init_calls
    _init_calls += 1
    _table.update((n, n * n) for n in range(size))


def lookup(n: int) -> tuple[int, int, int]:
    return _table[n], os.getpid(), _init_calls  # (3)!


def main() -> None:
    with ProcessPoolExecutor(max_workers=2, initializer=load_table, initargs=(1_000,)) as pool:
        answers = list(pool.map(lookup, range(0, 1_000, 100), timeout=30))
    print("values:", [value for value, _, _ in answers])
    print("main process never loaded the table:", _table == {})
    print("each worker ran the initializer exactly once:", {calls for _, _, calls in answers} == {1})
    print("at most 2 worker processes:", len({pid for _, pid, _ in answers}) <= 2)


if __name__ == "__main__":
    main()

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n: int) -> int:
    return n * n


def die(code: int) -> None:  # pragma: no cover -- runs in a worker that dies before coverage can save its data
    os._exit(code)  # (1)!


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("before:", pool.submit(square, 3).result(timeout=30))
        crash = pool.submit(die, 1)
        try:
            crash.result(timeout=30)
        except BrokenProcessPool as exc:  # (2)!
            print("result() raised:", type(exc).__name__)
        try:
            pool.submit(square, 4)  # (3)!
        except BrokenProcessPool as exc:
            print("submit() raised:", type(exc).__name__)
    with ProcessPoolExecutor(max_workers=2) as fresh:  # (4)!
        print("a fresh pool works:", fresh.submit(square, 4).result(timeout=30))


if __name__ == "__main__":
    main()

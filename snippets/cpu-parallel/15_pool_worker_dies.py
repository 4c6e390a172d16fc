import multiprocessing
import os


def die(code: int) -> None:  # pragma: no cover -- runs in a worker that dies before coverage can save its data
    os._exit(code)


def square(n: int) -> int:
    return n * n  # pragma: no cover -- its worker may be stopped by terminate() before coverage saves its data


def main() -> None:
    pool = multiprocessing.get_context("spawn").Pool(processes=2)
    try:
        lost = pool.apply_async(die, (1,))  # (1)!
        try:
            lost.get(timeout=1)
        except multiprocessing.TimeoutError:  # (2)!
            print("get() on the lost task timed out: True")
        print("the pool still runs new tasks:", pool.apply_async(square, (4,)).get(timeout=10))  # (3)!
    finally:
        pool.terminate()  # (4)!
        pool.join()


if __name__ == "__main__":
    main()

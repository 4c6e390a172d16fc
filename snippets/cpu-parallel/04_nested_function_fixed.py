from concurrent.futures import ProcessPoolExecutor
from functools import partial


def power(n: int, exponent: int) -> int:  # (1)!
    return n**exponent


def main() -> None:
    cube = partial(power, exponent=3)  # (2)!
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("cubes:", list(pool.map(cube, range(1, 6), timeout=30)))
        print("squares:", list(pool.map(power, range(1, 6), [2] * 5, timeout=30)))  # (3)!


if __name__ == "__main__":
    main()

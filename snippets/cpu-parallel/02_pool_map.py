import os
from concurrent.futures import ProcessPoolExecutor


def fibonacci(n: int) -> int:
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


def fib_task(n: int) -> tuple[int, int, int]:  # (1)!
    return n, fibonacci(n), os.getpid()


def main() -> None:
    inputs = [24, 25, 26, 27]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(fib_task, inputs, timeout=30))  # (2)!
    for n, value, _ in results:
        print(f"fibonacci({n}) = {value}")  # (3)!
    print("results in input order:", [n for n, _, _ in results] == inputs)
    print("at most 2 worker processes:", len({pid for _, _, pid in results}) <= 2)


if __name__ == "__main__":
    main()

from concurrent.futures import ProcessPoolExecutor, as_completed


def fibonacci(n: int) -> int:
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


def main() -> None:
    jobs = [31, 18, 20, 22]
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(fibonacci, n): n for n in jobs}  # (1)!
        finished = []
        for future in as_completed(futures, timeout=30):  # (2)!
            n = futures[future]
            finished.append((n, future.result()))
    for n, value in sorted(finished):  # (3)!
        print(f"fibonacci({n}) = {value}")
    print("the biggest job finished last:", finished[-1][0] == max(jobs))  # (4)!


if __name__ == "__main__":
    main()

from concurrent.futures import ProcessPoolExecutor, as_completed


def main() -> None:
    def sum_of_squares(chunk: list[int]) -> int:  # (1)!
        return sum(x * x for x in chunk)

    chunks = [list(range(1, 6)), list(range(6, 11)), list(range(11, 16))]
    results = []
    with ProcessPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(sum_of_squares, chunk) for chunk in chunks]
        for future in as_completed(futures, timeout=30):
            try:
                results.append(future.result())
            except Exception:  # (2)!
                print("a chunk failed; carrying on")
    print("sum of all chunks:", sum(results))  # (3)!
    print("the sum is right:", sum(results) == sum(map(sum_of_squares, chunks)))  # (4)!


if __name__ == "__main__":
    main()

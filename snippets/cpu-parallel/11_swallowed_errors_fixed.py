from concurrent.futures import ProcessPoolExecutor, as_completed


def sum_of_squares(chunk: list[int]) -> int:  # (1)!
    return sum(x * x for x in chunk)


def parallel_sum(pool: ProcessPoolExecutor, chunks: list[list]) -> int:
    results, errors = [], []
    futures = {pool.submit(sum_of_squares, chunk): i for i, chunk in enumerate(chunks)}
    for future in as_completed(futures, timeout=30):
        try:
            results.append(future.result())
        except Exception as exc:
            exc.add_note(f"while summing chunk {futures[future]}")  # (2)!
            errors.append(exc)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(chunks)} chunks failed", errors)  # (3)!
    return sum(results)


def main() -> None:
    good = [list(range(1, 6)), list(range(6, 11)), list(range(11, 16))]
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("sum of all chunks:", parallel_sum(pool, good))
        try:
            parallel_sum(pool, [*good, [1, "2", 3]])  # (4)!
        except* TypeError as group:
            print(group.message)
            for exc in group.exceptions:
                print(f"  {type(exc).__name__}: {exc} ({exc.__notes__[0]})")


if __name__ == "__main__":
    main()

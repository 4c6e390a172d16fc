from concurrent.futures import ProcessPoolExecutor, as_completed


def chunked(items: list[int], size: int) -> list[list[int]]:  # (1)!
    return [items[i:i + size] for i in range(0, len(items), size)]


def sum_of_squares(chunk: list[int]) -> int:
    return sum(x * x for x in chunk)


def main() -> None:
    data = list(range(1, 1_000_001))
    chunks = chunked(data, 125_000)  # (2)!
    partial_sums = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(sum_of_squares, chunk): i for i, chunk in enumerate(chunks)}
        for future in as_completed(futures, timeout=30):
            partial_sums[futures[future]] = future.result()  # (3)!
    total = sum(partial_sums.values())  # (4)!
    print("chunks:", len(chunks), "of", len(chunks[0]), "items")
    print("every chunk reported back:", sorted(partial_sums) == list(range(len(chunks))))
    print("total:", total)
    print("same as the sequential answer:", total == sum_of_squares(data))


if __name__ == "__main__":
    main()

import traceback
from concurrent.futures import ThreadPoolExecutor, as_completed


def parse_price(text: str) -> float:
    return float(text)  # (1)!


def main() -> None:
    prices, problems = [], []
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(parse_price, text): text for text in ["1.50", "abc", "2.25"]}
        for future in as_completed(futures, timeout=5):
            try:
                prices.append(future.result())  # (2)!
            except ValueError as exc:
                frame = traceback.extract_tb(exc.__traceback__)[-1]  # (3)!
                problems.append(f"{futures[future]!r}: {exc} (raised in {frame.name})")
    print("prices:", sorted(prices))
    print("problems:", problems)


if __name__ == "__main__":
    main()

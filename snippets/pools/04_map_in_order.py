import time
from concurrent.futures import ThreadPoolExecutor

DELAYS = {"a": 0.3, "b": 0.1, "c": 0.2}


def download(name: str) -> str:
    time.sleep(DELAYS[name])  # "a" is the slowest, "b" the fastest
    return f"{name}.html"


def main() -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        start = time.perf_counter()
        results = pool.map(download, ["a", "b", "c"], timeout=5)  # (1)!
        first = next(results)  # (2)!
        waited = time.perf_counter() - start
        rest = list(results)
    print("results in input order:", [first, *rest])
    print("first result waited for the slowest task (>= 0.25 s):", waited >= 0.25)


if __name__ == "__main__":
    main()

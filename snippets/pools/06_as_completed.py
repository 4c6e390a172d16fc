import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def download(name: str, seconds: float) -> str:
    time.sleep(seconds)
    if name == "broken":
        raise ConnectionError(f"{name}: connection reset")
    return f"{name}: {int(seconds * 1000)} ms"


def main() -> None:
    jobs = {"slow": 0.3, "broken": 0.1, "medium": 0.2, "fast": 0.05}
    finished, results, errors = [], [], []
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {pool.submit(download, name, s): name for name, s in jobs.items()}  # (1)!
        for future in as_completed(futures, timeout=5):  # (2)!
            name = futures[future]
            finished.append(name)
            try:
                results.append(future.result())  # (3)!
            except ConnectionError as exc:
                errors.append(f"{name} failed: {exc}")
    print("results:", sorted(results))
    print("errors:", errors)
    print("came back in completion order, not submission order:", finished != list(jobs))  # (4)!
    print("'slow' came back last:", finished[-1] == "slow")


if __name__ == "__main__":
    main()

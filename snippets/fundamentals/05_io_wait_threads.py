import threading
import time


def wait_for_io(results: list[str], name: str) -> None:
    time.sleep(0.2)  # stands in for a network or disk wait
    results.append(name)


def main() -> None:
    results: list[str] = []
    threads = [threading.Thread(target=wait_for_io, args=(results, f"job-{i}")) for i in range(5)]

    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start

    print("finished:", sorted(results))
    print("5 waits of 0.2 s overlapped (took < 0.5 s):", elapsed < 0.5)


if __name__ == "__main__":
    main()

import threading
import time
from concurrent.futures import ThreadPoolExecutor

computed: list[int] = []
lock = threading.Lock()


def parse(n: int) -> int:
    if n == 2:
        time.sleep(0.2)
        raise ValueError(f"bad record {n}")  # (1)!
    with lock:
        computed.append(n * 100)
    return n * 100


def main() -> None:
    received = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        try:
            for value in pool.map(parse, range(5), timeout=5):  # (2)!
                received.append(value)
        except ValueError as exc:
            print("map raised:", repr(exc))
    print("results received before the error:", received)
    print("results computed but never received:", sorted(set(computed) - set(received)))  # (3)!


if __name__ == "__main__":
    main()

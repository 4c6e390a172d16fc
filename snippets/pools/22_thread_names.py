import threading
import time
from concurrent.futures import ThreadPoolExecutor


def whoami(_: int) -> str:
    time.sleep(0.05)
    return threading.current_thread().name


def main() -> None:
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="downloader") as pool:  # (1)!
        named = set(pool.map(whoami, range(6), timeout=5))
    with ThreadPoolExecutor(max_workers=2) as pool:
        default = set(pool.map(whoami, range(6), timeout=5))
    print("with a prefix:", sorted(named))
    print("all start with 'downloader_':", all(n.startswith("downloader_") for n in named))
    print("default names start with 'ThreadPoolExecutor-':", all(n.startswith("ThreadPoolExecutor-") for n in default))


if __name__ == "__main__":
    main()

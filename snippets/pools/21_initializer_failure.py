import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

logged: list[str] = []


class Collect(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        logged.append(f"{record.levelname}: {record.getMessage()}")


def open_connection() -> None:
    raise ConnectionRefusedError("database is down")


def main() -> None:
    logging.getLogger("concurrent.futures").addHandler(Collect())  # (1)!
    with ThreadPoolExecutor(max_workers=2, initializer=open_connection) as pool:
        future = pool.submit(print, "never printed")
        try:
            future.result(timeout=5)
        except BrokenThreadPool as exc:  # (2)!
            print("result() raised:", type(exc).__name__)
        try:
            pool.submit(print, "never printed either")
        except BrokenThreadPool:
            print("submit() after that raised BrokenThreadPool too")  # (3)!
    print("logged by the pool:", sorted(set(logged)))


if __name__ == "__main__":
    main()

import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

local = threading.local()  # (1)!
connection_ids = itertools.count(1)


class Connection:
    def __init__(self, dsn: str) -> None:
        self.name = f"{dsn}#{next(connection_ids)}"  # (2)!


def open_connection(dsn: str) -> None:
    local.conn = Connection(dsn)  # (3)!


def query(n: int) -> tuple[str, str]:
    time.sleep(0.05)
    return threading.current_thread().name, local.conn.name


def main() -> None:
    with ThreadPoolExecutor(max_workers=3, initializer=open_connection, initargs=("db://orders",)) as pool:
        used = list(pool.map(query, range(9), timeout=5))
    threads = {thread for thread, _ in used}
    connections = {conn for _, conn in used}
    print("connections:", sorted(connections))
    print("one connection per worker thread:", len(connections) == len(threads))
    print("each thread always used the same connection:", len(set(used)) == len(threads))


if __name__ == "__main__":
    main()

import threading
from concurrent.futures import ThreadPoolExecutor

hook_calls: list[str] = []


def record(args: threading.ExceptHookArgs) -> None:  # (1)!
    hook_calls.append(f"{args.exc_type.__name__} in {args.thread.name}")


def save(record_id: int) -> None:
    raise OSError(f"disk full while saving record {record_id}")


def main() -> None:
    threading.excepthook = record
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(save, 1)  # (2)!
    print("pool task failed, anything reported:", hook_calls != [])  # (3)!

    thread = threading.Thread(target=save, args=(2,), name="plain-thread")
    thread.start()
    thread.join(timeout=5)
    print("plain thread failed, reported:", hook_calls)  # (4)!

    print("the pool's error was in the Future all along:", repr(future.exception()))  # (5)!


if __name__ == "__main__":
    main()

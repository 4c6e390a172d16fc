import threading

lock_a = threading.Lock()
lock_b = threading.Lock()
both_hold_one = threading.Barrier(2)
got_second: dict[str, bool] = {}


def transfer(name: str, first: threading.Lock, second: threading.Lock) -> None:
    with first:
        both_hold_one.wait(timeout=5)  # (1)!
        got_second[name] = second.acquire(timeout=0.5)  # (2)!
        both_hold_one.wait(timeout=5)  # (3)!


def main() -> None:
    threads = [
        threading.Thread(target=transfer, args=("a->b", lock_a, lock_b)),
        threading.Thread(target=transfer, args=("b->a", lock_b, lock_a)),  # (4)!
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print("got the second lock:", dict(sorted(got_second.items())))
    print("deadlock (neither could go on):", not any(got_second.values()))


if __name__ == "__main__":
    main()

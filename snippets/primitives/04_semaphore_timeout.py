import threading
import time

pool = threading.BoundedSemaphore(2)  # 2 connections, say


def hold_slot(seconds: float, holding: threading.Event) -> None:
    with pool:
        holding.set()
        time.sleep(seconds)


def use_slot(timeout: float) -> str:
    if not pool.acquire(timeout=timeout):  # (1)!
        return "gave up: no free slot"
    try:  # (2)!
        return "got a slot"
    finally:
        pool.release()


def main() -> None:
    holding = [threading.Event(), threading.Event()]
    holders = [threading.Thread(target=hold_slot, args=(0.5, h)) for h in holding]
    for t in holders:
        t.start()
    for h in holding:
        h.wait(timeout=5)  # both slots are now taken for 0.5 s
    print("acquire(timeout=0.1):", use_slot(0.1))
    print("acquire(timeout=5):  ", use_slot(5))  # (3)!
    for t in holders:
        t.join(timeout=5)


if __name__ == "__main__":
    main()

import threading
import time

go = threading.Event()
lock = threading.Lock()
woken: list[tuple[bool, float]] = []


def waiter() -> None:
    flag = go.wait(timeout=5)  # (1)!
    with lock:
        woken.append((flag, time.perf_counter()))


def main() -> None:
    threads = [threading.Thread(target=waiter) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.3)  # the signal comes 0.3 s later, as before
    set_at = time.perf_counter()
    go.set()  # (2)!
    for t in threads:
        t.join(timeout=5)
    print("waiters released by one set():", len(woken))
    print("every wait() returned True:", all(flag for flag, _ in woken))
    print("all reacted within 0.1 s:", max(at for _, at in woken) - set_at < 0.1)


if __name__ == "__main__":
    main()

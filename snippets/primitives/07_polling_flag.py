import threading
import time

ready = False  # a plain flag that another thread will set


def poll(interval: float, stats: dict[str, float]) -> None:
    checks = 0
    while not ready:  # (1)!
        checks += 1
        time.sleep(interval)
    stats["noticed_at"] = time.perf_counter()
    stats["checks"] = checks


def trial(interval: float) -> tuple[float, float]:
    global ready
    ready, stats = False, {}
    t = threading.Thread(target=poll, args=(interval, stats))
    t.start()
    time.sleep(0.3)  # the signal comes 0.3 s later
    set_at = time.perf_counter()
    ready = True
    t.join(timeout=5)
    return stats["checks"], stats["noticed_at"] - set_at


def main() -> None:
    for interval in (0.001, 1.0):  # (2)!
        checks, delay = trial(interval)
        print(f"poll every {interval} s: woke up more than 10 times: {checks > 10},",
              f"reacted within 0.1 s: {delay < 0.1}")


if __name__ == "__main__":
    main()

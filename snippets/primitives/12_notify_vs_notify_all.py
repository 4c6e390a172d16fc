import threading
import time

cond = threading.Condition()
state = {"x": False, "y": False}


def waiter(key: str, ready: threading.Event, reacted: dict[str, float]) -> None:
    with cond:
        ready.set()
        cond.wait_for(lambda: state[key], timeout=0.6)  # (1)!
        reacted[key] = time.perf_counter()


def trial(wake_all: bool) -> bool:
    state.update(x=False, y=False)
    reacted: dict[str, float] = {}
    threads = []
    for key in ("x", "y"):  # (2)!
        ready = threading.Event()
        threads.append(threading.Thread(target=waiter, args=(key, ready, reacted)))
        threads[-1].start()
        ready.wait(timeout=5)
    with cond:
        state["y"] = True  # (3)!
        set_at = time.perf_counter()
        if wake_all:
            cond.notify_all()
        else:
            cond.notify()
    for t in threads:
        t.join(timeout=5)
    return reacted["y"] - set_at < 0.3


def main() -> None:
    print("notify():     the waiter for y reacted within 0.3 s:", trial(wake_all=False))
    print("notify_all(): the waiter for y reacted within 0.3 s:", trial(wake_all=True))


if __name__ == "__main__":
    main()

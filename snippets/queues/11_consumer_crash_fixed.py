import queue
import threading

STOP = None


def consumer(q: queue.Queue, parsed: list[int], errors: list[str]) -> None:
    while True:
        raw = q.get()
        try:
            if raw is STOP:
                return
            parsed.append(int(raw))
        except Exception as exc:  # (1)!
            errors.append(f"{raw!r}: {type(exc).__name__}")
        finally:
            q.task_done()  # (2)!


def join_with_timeout(q: queue.Queue, timeout: float) -> bool:
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main() -> None:
    q: queue.Queue = queue.Queue()
    parsed: list[int] = []
    errors: list[str] = []
    consumers = [threading.Thread(target=consumer, args=(q, parsed, errors)) for _ in range(2)]
    for t in consumers:
        t.start()
    for raw in ["1", "2", "oops", "4", "5", "6"]:
        q.put(raw)
    print("join() returned:", join_with_timeout(q, timeout=5))
    print("parsed:", sorted(parsed))
    print("errors:", errors)
    for _ in consumers:  # (3)!
        q.put(STOP)
    for t in consumers:
        t.join(timeout=5)
    print("consumers still running:", sum(t.is_alive() for t in consumers))


if __name__ == "__main__":
    main()

import queue
import threading

crashes: list[str] = []


def record_crash(args: threading.ExceptHookArgs) -> None:  # (1)!
    crashes.append(args.exc_type.__name__)


def consumer(q: queue.Queue[str], parsed: list[int]) -> None:
    while True:
        raw = q.get()
        parsed.append(int(raw))  # (2)!
        q.task_done()


def join_with_timeout(q: queue.Queue, timeout: float) -> bool:
    waiter = threading.Thread(target=q.join, daemon=True)
    waiter.start()
    waiter.join(timeout)
    return not waiter.is_alive()


def main() -> None:
    threading.excepthook = record_crash
    q: queue.Queue[str] = queue.Queue()
    parsed: list[int] = []
    consumers = [threading.Thread(target=consumer, args=(q, parsed), daemon=True) for _ in range(2)]
    for t in consumers:
        t.start()
    for raw in ["1", "2", "oops", "4", "5", "6"]:
        q.put(raw)
    print("join() returned within 1 s:", join_with_timeout(q, timeout=1))  # (3)!
    print("parsed:", sorted(parsed))
    print("consumer crashes:", crashes)
    print("consumers still running:", sum(t.is_alive() for t in consumers))


if __name__ == "__main__":
    main()

import queue
import threading

T = 0.05  # every wait below gives up after 50 ms


def show(call: str, outcome: object) -> None:
    print(f"{call:<40} -> {outcome}")


def main() -> None:
    lock, rlock = threading.Lock(), threading.RLock()
    lock.acquire()
    show("Lock.acquire(timeout) by its owner", lock.acquire(timeout=T))  # (1)!
    rlock.acquire()
    show("RLock.acquire(timeout) by its owner", rlock.acquire(timeout=T))  # (2)!
    show("Semaphore(0).acquire(timeout)", threading.Semaphore(0).acquire(timeout=T))
    show("Event().wait(timeout)", threading.Event().wait(timeout=T))
    cond = threading.Condition()
    with cond:
        show("Condition.wait_for(pred, timeout)", cond.wait_for(lambda: False, timeout=T))
    try:
        threading.Barrier(2).wait(timeout=T)  # (3)!
    except threading.BrokenBarrierError as exc:
        show("Barrier(2).wait(timeout)", f"raises {type(exc).__name__}")
    try:
        queue.Queue().get(timeout=T)
    except queue.Empty as exc:
        show("Queue().get(timeout)", f"raises queue.{type(exc).__name__}")


if __name__ == "__main__":
    main()

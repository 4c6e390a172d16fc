import threading


def arrive(barrier: threading.Barrier, outcomes: list[str], timeout: float | None = None) -> None:
    try:
        barrier.wait(timeout)
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("BrokenBarrierError")


def run(barrier: threading.Barrier, arriving: int, timeout: float | None = None) -> list[str]:
    outcomes: list[str] = []  # list.append is thread-safe
    threads = [threading.Thread(target=arrive, args=(barrier, outcomes, timeout)) for _ in range(arriving)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    return sorted(outcomes)


def main() -> None:
    barrier = threading.Barrier(3, timeout=5)
    print("2 of 3 arrive, wait(timeout=0.2):", run(barrier, 2, timeout=0.2))  # (1)!
    print("broken:", barrier.broken)
    print("one more wait() afterwards:", run(barrier, 1))  # (2)!
    barrier.reset()  # (3)!
    print("after reset(): broken:", barrier.broken)
    print("3 of 3 arrive:", run(barrier, 3))
    failed = threading.Timer(0.1, barrier.abort)  # (4)!
    failed.start()
    print("2 of 3 arrive, the third calls abort():", run(barrier, 2))
    failed.join(timeout=5)


if __name__ == "__main__":
    main()

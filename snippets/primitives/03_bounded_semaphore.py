import threading


def release_one_too_many(sem: threading.Semaphore) -> str:
    sem.acquire()
    sem.release()
    try:
        sem.release()  # (1)!
    except ValueError as exc:
        return f"ValueError: {exc}"  # (2)!
    capacity = 0
    while sem.acquire(blocking=False):  # (3)!
        capacity += 1
    return f"no error, but the capacity is now {capacity}"


def main() -> None:
    print("Semaphore(2):       ", release_one_too_many(threading.Semaphore(2)))
    print("BoundedSemaphore(2):", release_one_too_many(threading.BoundedSemaphore(2)))


if __name__ == "__main__":
    main()

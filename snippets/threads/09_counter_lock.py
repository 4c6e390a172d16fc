import threading
import time

N_THREADS = 5
INCREMENTS = 1000


class Counter:
    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()  # (1)!

    def increment(self) -> None:
        with self._lock:  # (2)!
            current = self.value
            time.sleep(0)  # (3)!
            self.value = current + 1


def work(counter: Counter) -> None:
    for _ in range(INCREMENTS):
        counter.increment()


def main() -> None:
    counter = Counter()
    threads = [threading.Thread(target=work, args=(counter,)) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    print("expected:", N_THREADS * INCREMENTS)
    print("counted:", counter.value)


if __name__ == "__main__":
    main()

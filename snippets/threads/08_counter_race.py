import threading
import time

N_THREADS = 5
INCREMENTS = 1000


class Counter:
    def __init__(self) -> None:
        self.value = 0

    def increment(self) -> None:
        current = self.value  # (1)!
        time.sleep(0)  # (2)!
        self.value = current + 1  # (3)!


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
    expected = N_THREADS * INCREMENTS
    print("expected:", expected)
    print("lost updates:", counter.value < expected)  # (4)!
    print("more than half of them lost:", counter.value < expected / 2)


if __name__ == "__main__":
    main()

import queue
import threading


class Handshake:
    """A queue plus two Events, so that producer and consumer take turns."""

    def __init__(self) -> None:
        self.q: queue.Queue = queue.Queue(maxsize=10)
        self.item_ready = threading.Event()
        self.item_taken = threading.Event()
        self.peak = 0
        self.consumed: list[int] = []

    def produce(self, count: int) -> None:
        for item in range(count):
            self.q.put(item)
            self.peak = max(self.peak, self.q.qsize())
            self.item_ready.set()  # (1)!
            self.item_taken.wait(timeout=5)
            self.item_taken.clear()
        self.q.put(None)  # (2)!
        self.item_ready.set()

    def consume(self) -> None:
        while True:
            self.item_ready.wait()
            self.item_ready.clear()
            item = self.q.get()  # (3)!
            if item is None:
                return
            self.consumed.append(item)
            self.item_taken.set()


def run(consumers: int) -> None:
    h = Handshake()
    workers = [threading.Thread(target=h.consume, daemon=True) for _ in range(consumers)]
    producer = threading.Thread(target=h.produce, args=(10,), daemon=True)
    for t in [producer, *workers]:
        t.start()
    for t in [producer, *workers]:
        t.join(timeout=1)  # (4)!
    blocked = any(t.is_alive() for t in workers)
    print(f"consumers={consumers}: consumed {len(h.consumed)}, peak queue size {h.peak} of 10,",
          f"consumer still blocked: {blocked}")


def main() -> None:
    run(consumers=1)
    run(consumers=2)


if __name__ == "__main__":
    main()

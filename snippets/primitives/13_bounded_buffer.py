import threading
import time


class BoundedBuffer:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: list[int] = []
        self.cond = threading.Condition()  # (1)!
        self.peak = self.producer_waits = 0

    def put(self, item: int) -> None:
        with self.cond:
            while len(self.items) >= self.capacity:  # (2)!
                self.producer_waits += 1
                self.cond.wait(timeout=5)
            self.items.append(item)
            self.peak = max(self.peak, len(self.items))
            self.cond.notify_all()  # (3)!

    def get(self, timeout: float = 5) -> int:
        with self.cond:
            if not self.cond.wait_for(lambda: self.items, timeout=timeout):  # (4)!
                raise TimeoutError(f"still empty after {timeout} s")
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


def main() -> None:
    buffer, received = BoundedBuffer(capacity=3), []

    def consumer() -> None:
        for _ in range(10):
            time.sleep(0.02)  # the consumer is the slower side
            received.append(buffer.get())

    t = threading.Thread(target=consumer)
    t.start()
    for i in range(10):
        buffer.put(i)
    t.join(timeout=5)
    print("received all 10 in order:", received == list(range(10)))
    print("largest buffer size seen:", buffer.peak, "(capacity 3)")
    print("producer had to wait for space:", buffer.producer_waits > 0)
    try:
        buffer.get(timeout=0.1)
    except TimeoutError as exc:
        print("get() on an empty buffer:", exc)  # (5)!


if __name__ == "__main__":
    main()

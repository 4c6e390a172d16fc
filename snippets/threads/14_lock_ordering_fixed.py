import threading
import time

locks = {"a": threading.Lock(), "b": threading.Lock()}
start_together = threading.Barrier(2)
finished: list[str] = []


def transfer(source: str, target: str) -> None:
    first, second = sorted((source, target))  # (1)!
    start_together.wait(timeout=5)
    with locks[first]:
        time.sleep(0.05)  # (2)!
        with locks[second]:
            finished.append(f"{source}->{target}")


def main() -> None:
    threads = [
        threading.Thread(target=transfer, args=("a", "b")),
        threading.Thread(target=transfer, args=("b", "a")),  # (3)!
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print("finished:", sorted(finished))
    print("no thread stuck:", not any(t.is_alive() for t in threads))


if __name__ == "__main__":
    main()

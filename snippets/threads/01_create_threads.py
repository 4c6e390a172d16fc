import threading


def greet(results: list[str], name: str, *, punctuation: str = "!") -> None:
    results.append(f"hello, {name}{punctuation}")


class Squarer(threading.Thread):  # (1)!
    def __init__(self, number: int) -> None:
        super().__init__(name=f"squarer-{number}")  # (2)!
        self.number = number
        self.result: int | None = None

    def run(self) -> None:  # (3)!
        self.result = self.number * self.number


def main() -> None:
    results: list[str] = []
    ada = threading.Thread(target=greet, args=(results, "Ada"))  # (4)!
    linus = threading.Thread(
        target=greet, args=(results, "Linus"), kwargs={"punctuation": "?"}
    )
    squarers = [Squarer(3), Squarer(4)]
    threads = [ada, linus, *squarers]
    for t in threads:
        t.start()  # (5)!
    for t in threads:
        t.join(timeout=5)  # (6)!
    print("greetings:", sorted(results))
    print("squares:", [s.result for s in squarers])
    print("all finished:", not any(t.is_alive() for t in threads))
    try:
        ada.start()
    except RuntimeError as exc:  # (7)!
        print("starting a thread twice:", exc)


if __name__ == "__main__":
    main()

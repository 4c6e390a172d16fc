import threading

fired: list[str] = []


def remind(label: str) -> None:
    fired.append(label)


def main() -> None:
    soon = threading.Timer(0.05, remind, args=("soon",))  # (1)!
    later = threading.Timer(10, remind, args=("later",))
    soon.start()
    later.start()
    later.cancel()  # (2)!
    soon.join(timeout=5)
    later.join(timeout=5)
    print("fired:", fired)
    print("cancelled timer ended without waiting 10 s:", not later.is_alive())
    print("a Timer is a Thread:", isinstance(soon, threading.Thread))  # (3)!


if __name__ == "__main__":
    main()

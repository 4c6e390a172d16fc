import threading


def main() -> None:
    done = threading.Event()
    print("is_set() at first:", done.is_set())
    print("wait(0.05) before set():", done.wait(0.05))  # (1)!
    done.set()
    print("wait(0.05) after set():", done.wait(0.05))  # (2)!
    print("still set after the wait:", done.is_set())  # (3)!
    done.set()
    done.clear()  # (4)!
    print("set() twice, then clear() once:", done.is_set())


if __name__ == "__main__":
    main()

import functools
import multiprocessing as mp
import pickle
import threading


def square(n: int) -> int:
    return n * n


class Scaler:
    def __init__(self, factor: int) -> None:
        self.factor = factor

    def scale(self, n: int) -> int:
        return n * self.factor


def check(label: str, obj: object) -> None:
    try:
        copy = pickle.loads(pickle.dumps(obj))  # (1)!
        print(f"{label:<24} picklable: True  -> copy(3) = {copy(3)}")
    except Exception as exc:
        reason = "local object" if "local object" in str(exc) else type(exc).__name__  # (2)!
        print(f"{label:<24} picklable: False ({reason})")


def main() -> None:
    def nested(n: int) -> int:
        return n * n

    print("nested(3) works in this process:", nested(3))
    check("module-level function", square)
    check("functools.partial", functools.partial(pow, 2))
    check("bound method", Scaler(10).scale)
    check("nested function", nested)
    check("lambda", lambda n: n * n)
    print("a function travels by name:", pickle.loads(pickle.dumps(square)) is square)  # (3)!
    for label, obj in [("threading.Lock", threading.Lock()), ("generator", (n for n in range(3))),
                       ("multiprocessing.Queue", mp.Queue())]:
        try:
            pickle.dumps(obj)
        except Exception as exc:
            print(f"{label:<24} picklable: False ({type(exc).__name__}: {exc})")  # (4)!


if __name__ == "__main__":
    main()

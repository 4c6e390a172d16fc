# requires: 3.14
from concurrent import interpreters

counter = 0


def bump() -> int:
    global counter
    counter += 1
    return counter


def main() -> None:
    interp = interpreters.create()  # (1)!
    try:
        interp.exec("answer = 6 * 7")  # (2)!
        results = interpreters.create_queue()
        interp.prepare_main(results=results)  # (3)!
        interp.exec("results.put(answer)")
        print("sent back through a queue:", results.get(timeout=5))
        print("bump() called in it twice:", interp.call(bump), interp.call(bump))  # (4)!
        print("counter in the main interpreter:", counter)
        try:
            interp.exec("1 / 0")
        except interpreters.ExecutionFailed as exc:  # (5)!
            print("exec() raised ExecutionFailed for", exc.excinfo.type.__name__)
    finally:
        interp.close()  # (6)!


if __name__ == "__main__":
    main()

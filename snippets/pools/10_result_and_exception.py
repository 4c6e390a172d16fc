from concurrent.futures import ThreadPoolExecutor


def divide(a: int, b: int) -> float:
    return a / b


def main() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        ok = pool.submit(divide, 1, 4)
        bad = pool.submit(divide, 1, 0)

        print("ok.result():", ok.result(timeout=5))
        print("ok.exception():", ok.exception(timeout=5))  # (1)!

        error = bad.exception(timeout=5)  # (2)!
        print("bad.exception():", repr(error))
        try:
            bad.result(timeout=5)  # (3)!
        except ZeroDivisionError as exc:
            print("bad.result() raised:", repr(exc))
            print("the same exception object:", exc is error)


if __name__ == "__main__":
    main()

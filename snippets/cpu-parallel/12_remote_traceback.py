from concurrent.futures import ProcessPoolExecutor


def parse_record(line: str) -> int:
    key, value = line.split("=")  # (1)!
    return int(value)


def main() -> None:
    lines = ["a=1", "b=2", "broken", "d=4"]
    with ProcessPoolExecutor(max_workers=2) as pool:
        try:
            pool.submit(parse_record, "broken").result(timeout=30)  # (2)!
        except ValueError as exc:
            print("result() raised:", type(exc).__name__, "-", exc)
            remote = str(exc.__cause__)  # (3)!
            print("worker traceback attached:", "in parse_record" in remote)

        received = []
        try:
            for value in pool.map(parse_record, lines, timeout=30):  # (4)!
                received.append(value)
        except ValueError:
            print("map raised at item", len(received), "after yielding", received)


if __name__ == "__main__":
    main()

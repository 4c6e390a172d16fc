from multiprocessing import Pool


def parse(text: str) -> float:
    return float(text)


def main() -> None:
    parsed, failures = [], []
    with Pool(processes=2) as pool:  # (1)!
        print("map:", pool.map(parse, ["1.5", "2", "3.25"]))
        for text in ["4", "oops", "5.5"]:
            pool.apply_async(parse, (text,), callback=parsed.append,  # (2)!
                             error_callback=failures.append)
        lost = pool.apply_async(parse, ("also bad",))  # (3)!
        pool.close()
        pool.join()  # (4)!
    print("callback got:", sorted(parsed))
    print("error_callback got:", [f"{type(e).__name__}: {e}" for e in failures])
    print("the unchecked error is only in its AsyncResult:", not lost.successful())  # (5)!


if __name__ == "__main__":
    main()

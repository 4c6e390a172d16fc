from concurrent.futures import ThreadPoolExecutor


def main() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        print("inside the with-block:", pool.submit(pow, 2, 10).result(timeout=5))
    try:
        pool.submit(pow, 2, 20)  # (1)!
    except RuntimeError as exc:
        print("after the with-block:", type(exc).__name__, "-", exc)


if __name__ == "__main__":
    main()

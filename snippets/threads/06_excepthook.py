import threading

failures: list[str] = []


def record_failure(args: threading.ExceptHookArgs) -> None:  # (1)!
    name = args.thread.name if args.thread else "?"
    failures.append(f"{name}: {args.exc_type.__name__}: {args.exc_value}")


def parse(text: str, results: list[int]) -> None:
    results.append(int(text))  # raises ValueError for "forty-two"


def main() -> None:
    threading.excepthook = record_failure  # (2)!
    try:
        results: list[int] = []
        texts = ["42", "forty-two"]
        workers = [
            threading.Thread(target=parse, args=(text, results), name=f"parser-{i}")
            for i, text in enumerate(texts)
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=5)  # (3)!
        print("join() returned normally; results:", results)
        print("the hook recorded:", failures)
    finally:
        threading.excepthook = threading.__excepthook__  # (4)!


if __name__ == "__main__":
    main()

import threading

cond = threading.Condition()
items: list[str] = []
results: dict[str, str] = {}


def take_with_if(ready: threading.Event) -> None:
    with cond:
        ready.set()
        if not items:  # (1)!
            cond.wait(timeout=5)
        try:
            results["if"] = "took " + items.pop()
        except IndexError as exc:
            results["if"] = f"IndexError: {exc}"


def take_with_while(ready: threading.Event) -> None:
    with cond:
        ready.set()
        while not items:  # (2)!
            cond.wait(timeout=5)
        results["while"] = "took " + items.pop()


def main() -> None:
    ready = [threading.Event(), threading.Event()]
    threads = [threading.Thread(target=take_with_if, args=(ready[0],)),
               threading.Thread(target=take_with_while, args=(ready[1],))]
    for t, r in zip(threads, ready, strict=True):
        t.start()
        r.wait(timeout=5)  # (3)!
    with cond:
        items.append("job 1")
        cond.notify_all()  # (4)!
        items.pop()  # (5)!
    threads[0].join(timeout=5)
    with cond:
        items.append("job 2")
        cond.notify_all()
    threads[1].join(timeout=5)
    print("consumer using if:   ", results["if"])
    print("consumer using while:", results["while"])


if __name__ == "__main__":
    main()

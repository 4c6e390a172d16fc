import threading

inventory: dict[str, int] = {}  # one dict in one process: every thread sees it


def stock(item: str, count: int) -> None:
    inventory[item] = count  # (1)!


def main() -> None:
    orders = [("apples", 3), ("pears", 5), ("plums", 8)]
    threads = [threading.Thread(target=stock, args=order) for order in orders]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print("main thread sees:", dict(sorted(inventory.items())))  # (2)!


if __name__ == "__main__":
    main()

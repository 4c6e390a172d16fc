import multiprocessing as mp

inventory: dict[str, int] = {"apples": 3}


def sell_all(replies) -> None:
    inventory["apples"] = 0  # (1)!
    inventory["pears"] = 5
    replies.put(dict(inventory))  # (2)!


def main() -> None:
    replies = mp.Queue()
    child = mp.Process(target=sell_all, args=(replies,))
    child.start()
    from_child = replies.get(timeout=10)  # (3)!
    child.join(timeout=10)
    print("child's copy: ", from_child)
    print("parent's dict:", inventory)
    print("child exit code:", child.exitcode)


if __name__ == "__main__":
    main()

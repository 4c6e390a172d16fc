import multiprocessing as mp
from multiprocessing import shared_memory


def update(name: str) -> None:
    items = shared_memory.ShareableList(name=name)  # (1)!
    items[0] += 1
    items[1] = "done"
    items[2] = 2.5
    items.shm.close()


def main() -> None:
    items = shared_memory.ShareableList([41, "ready", 0.0, None, b"\x01\x02"])  # (2)!
    try:
        child = mp.Process(target=update, args=(items.shm.name,))
        child.start()
        child.join(timeout=10)
        print("after the child:", list(items))
        try:
            items[1] = "a string much longer than the original"  # (3)!
        except ValueError as exc:
            print("ValueError:", exc)
        print("fixed length:", len(items), "| has append():", hasattr(items, "append"))
    finally:
        items.shm.close()
        items.shm.unlink()


if __name__ == "__main__":
    main()

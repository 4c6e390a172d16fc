import multiprocessing as mp
import time
from multiprocessing import shared_memory

SIZE = 8 * 1024 * 1024  # 8 MiB


def receiver(inbox, replies) -> None:
    while (msg := inbox.get(timeout=20)) is not None:
        if isinstance(msg, bytes):  # (1)!
            replies.put(msg[-1])
        else:
            block = shared_memory.SharedMemory(name=msg)  # (2)!
            replies.put(block.buf[SIZE - 1])
            block.close()


def best_of(rounds: int, send, replies) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        send()
        assert replies.get(timeout=20) == 7
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    data = bytes(SIZE - 1) + b"\x07"
    inbox, replies = mp.Queue(), mp.Queue()
    block = shared_memory.SharedMemory(create=True, size=SIZE)  # before the child starts
    child = mp.Process(target=receiver, args=(inbox, replies))
    child.start()
    try:
        pickled = best_of(3, lambda: inbox.put(data), replies)

        def share() -> None:
            block.buf[:SIZE] = data  # (3)!
            inbox.put(block.name)

        shared = best_of(3, share, replies)
        inbox.put(None)
        child.join(timeout=20)
    finally:
        block.close()
        block.unlink()
    print("shared memory at least 2x faster than pickling 8 MiB:", shared * 2 < pickled)  # (4)!


if __name__ == "__main__":
    main()

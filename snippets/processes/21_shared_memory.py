import multiprocessing as mp
from multiprocessing import shared_memory


def shout(name: str, length: int) -> None:
    block = shared_memory.SharedMemory(name=name)  # (1)!
    block.buf[:length] = bytes(block.buf[:length]).upper()
    block.close()  # (2)!


def main() -> None:
    data = b"hello, shared memory"
    block = shared_memory.SharedMemory(create=True, size=len(data))  # (3)!
    try:
        block.buf[:len(data)] = data
        print("size at least what we asked for:", block.size >= len(data))
        child = mp.Process(target=shout, args=(block.name, len(data)))
        child.start()
        child.join(timeout=10)
        print("after the child wrote to it:", bytes(block.buf[:len(data)]))
    finally:
        block.close()
        block.unlink()  # (4)!
    try:
        shared_memory.SharedMemory(name=block.name)
    except FileNotFoundError:
        print("after unlink(), attaching by name: FileNotFoundError")


if __name__ == "__main__":
    main()

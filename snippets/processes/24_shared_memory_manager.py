import multiprocessing as mp
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager


def total(numbers_name: str, result_name: str) -> None:
    numbers = shared_memory.ShareableList(name=numbers_name)
    result = shared_memory.ShareableList(name=result_name)
    result[0] = sum(numbers)
    numbers.shm.close()
    result.shm.close()


def main() -> None:
    with SharedMemoryManager() as smm:  # (1)!
        numbers = smm.ShareableList(range(1, 101))
        result = smm.ShareableList([0])
        scratch = smm.SharedMemory(size=1024)
        child = mp.Process(target=total, args=(numbers.shm.name, result.shm.name))
        child.start()
        child.join(timeout=10)
        print("sum computed in the child:", result[0])
        names = [numbers.shm.name, result.shm.name, scratch.name]
        for block in (numbers.shm, result.shm, scratch):
            block.close()  # (2)!
    gone = 0
    for name in names:
        try:
            shared_memory.SharedMemory(name=name)
        except FileNotFoundError:
            gone += 1
    print("blocks unlinked when the with block ended:", gone, "of", len(names))  # (3)!


if __name__ == "__main__":
    main()

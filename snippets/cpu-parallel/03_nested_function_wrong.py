import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def main() -> None:
    def cube(n: int) -> int:  # (1)!
        return n**3

    for method in ["fork", "spawn", "forkserver"]:
        context = multiprocessing.get_context(method)  # (2)!
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            future = pool.submit(cube, 3)  # (3)!
            error = future.exception(timeout=30)  # (4)!
        print(f"{method:<10} task failed: {error is not None}, "
              f"message names a local object: {'local object' in str(error)}")
    print("the same function called directly:", cube(3))  # (5)!


if __name__ == "__main__":
    main()

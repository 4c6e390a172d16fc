import multiprocessing
from concurrent.futures import ProcessPoolExecutor

settings = {"mode": "default"}


def read_mode() -> str:
    return settings["mode"]  # (1)!


def main() -> None:
    settings["mode"] = "changed at run time"  # (2)!
    for method in sorted(multiprocessing.get_all_start_methods()):
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:  # (3)!
            print(f"{method:<10} worker sees: {pool.submit(read_mode).result(timeout=30)}")


if __name__ == "__main__":
    main()

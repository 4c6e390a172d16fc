import threading
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait

gates = {name: threading.Event() for name in ["fast", "failing", "slow"]}


def job(name: str) -> str:
    gates[name].wait(timeout=5)  # (1)!
    if name == "failing":
        raise RuntimeError(f"{name} broke")
    return name


def show(label: str, done: set[Future], not_done: set[Future], names: dict[Future, str]) -> None:
    print(f"{label:15} done={sorted(names[f] for f in done)} not_done={sorted(names[f] for f in not_done)}")


def main() -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        names = {pool.submit(job, name): name for name in gates}
        show("timeout=0.1", *wait(names, timeout=0.1), names)  # (2)!
        gates["fast"].set()
        show("FIRST_COMPLETED", *wait(names, timeout=5, return_when=FIRST_COMPLETED), names)
        gates["failing"].set()
        show("FIRST_EXCEPTION", *wait(names, timeout=5, return_when=FIRST_EXCEPTION), names)
        gates["slow"].set()
        show("ALL_COMPLETED", *wait(names, timeout=5, return_when=ALL_COMPLETED), names)


if __name__ == "__main__":
    main()

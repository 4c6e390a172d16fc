import multiprocessing as mp
import sys

settings = {"mode": "as imported"}  # (1)!


def report(replies) -> None:
    replies.put((__name__, settings["mode"]))


def main() -> None:
    settings["mode"] = "changed by main()"
    print("start methods here:", sorted(mp.get_all_start_methods()))
    default = mp.get_all_start_methods()[0]  # (2)!
    expected = "forkserver" if sys.version_info >= (3, 14) else "fork"
    print("Linux default is fork before 3.14, forkserver from 3.14:", default == expected)
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)  # (3)!
        replies = ctx.Queue()
        child = ctx.Process(target=report, args=(replies,))
        child.start()
        module, mode = replies.get(timeout=10)
        child.join(timeout=10)
        print(f"{ctx.get_start_method():<10} child's module: {module:<12} settings: {mode!r}")  # (4)!


if __name__ == "__main__":
    main()

import multiprocessing as mp
import os


def greet(parent_pid: int, go, replies) -> None:
    me, parent = mp.current_process(), mp.parent_process()  # (1)!
    go.wait(timeout=10)
    replies.put(f"name={me.name}, parent={parent.name}, "
                f"parent pid matches: {parent.pid == parent_pid}, "
                f"own pid differs: {os.getpid() != parent_pid}")


def main() -> None:
    go, replies = mp.Event(), mp.Queue()
    child = mp.Process(target=greet, args=(os.getpid(), go, replies), name="greeter")  # (2)!
    print("before start(): alive:", child.is_alive(), "| pid:", child.pid, "| exitcode:", child.exitcode)
    child.start()  # (3)!
    print("after start(): alive:", child.is_alive(), "| has a pid:", child.pid is not None)
    print("active_children():", [p.name for p in mp.active_children()])
    go.set()
    print("in the child:", replies.get(timeout=10))  # (4)!
    child.join(timeout=10)  # (5)!
    print("after join(): alive:", child.is_alive(), "| exitcode:", child.exitcode)
    print("active_children():", mp.active_children())
    print("in the parent: name =", mp.current_process().name, "| parent_process() =", mp.parent_process())


if __name__ == "__main__":  # (6)!
    main()

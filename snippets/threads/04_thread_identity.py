import threading

N_WORKERS = 3
all_alive = threading.Barrier(N_WORKERS + 1)  # the workers and the main thread
seen: dict[str, tuple[int, int, bool]] = {}


def record() -> None:
    me = threading.current_thread()  # (1)!
    ident, native_id = threading.get_ident(), threading.get_native_id()
    seen[me.name] = (ident, native_id, me.ident == ident and me.native_id == native_id)
    all_alive.wait(timeout=5)  # (2)!


def main() -> None:
    workers = [threading.Thread(target=record, name=f"worker-{i}") for i in range(N_WORKERS)]
    print("ident before start():", workers[0].ident)
    for w in workers:
        w.start()
    print("alive now:", sorted(t.name for t in threading.enumerate()))  # (3)!
    print("active_count():", threading.active_count())
    all_alive.wait(timeout=5)
    for w in workers:
        w.join(timeout=5)

    main = threading.main_thread()
    is_current = main is threading.current_thread()
    print("main thread:", main.name, "| is current_thread():", is_current)
    print("ident/native_id match get_ident()/get_native_id():", all(v[2] for v in seen.values()))
    idents = {v[0] for v in seen.values()} | {main.ident}
    native_ids = {v[1] for v in seen.values()} | {main.native_id}
    print("ids differ:", len(idents) == len(native_ids) == N_WORKERS + 1)  # (4)!


if __name__ == "__main__":
    main()

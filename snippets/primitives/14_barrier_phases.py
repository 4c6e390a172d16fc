import threading

PARTIES, ROUNDS = 3, 2
log_lock = threading.Lock()
log: list[str] = []  # "w" for a unit of work, "|" for the end of a round
indexes: list[int] = []
leaders: list[int] = []


def round_done() -> None:  # (1)!
    with log_lock:
        log.append("|")


barrier = threading.Barrier(PARTIES, action=round_done, timeout=5)  # (2)!


def worker() -> None:
    for round_no in range(ROUNDS):
        with log_lock:
            log.append("w")  # this round's work
        index = barrier.wait()  # (3)!
        with log_lock:
            indexes.append(index)
            if index == 0:  # (4)!
                leaders.append(round_no)


def main() -> None:
    threads = [threading.Thread(target=worker) for _ in range(PARTIES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    print("indexes returned by wait():", sorted(indexes))
    print("rounds with a thread that got index 0:", sorted(leaders))
    print("work and round ends, in order:", "".join(log))


if __name__ == "__main__":
    main()

import threading

request = threading.local()  # (1)!
all_set = threading.Barrier(3)
lines: list[str] = []


def log(message: str) -> str:
    return f"[request {request.id}] {message}"  # (2)!


def handle(request_id: int) -> None:
    saw_main_value = hasattr(request, "id")  # (3)!
    request.id = request_id
    all_set.wait(timeout=5)  # (4)!
    lines.append(log(f"handled; saw the main thread's id: {saw_main_value}"))


def main() -> None:
    request.id = 0  # the main thread's own value
    threads = [threading.Thread(target=handle, args=(i,)) for i in (1, 2, 3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=5)
    print("\n".join(sorted(lines)))
    print("main thread still sees:", request.id)


if __name__ == "__main__":
    main()

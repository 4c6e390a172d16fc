import multiprocessing as mp


def shout(conn) -> None:
    while (msg := conn.recv()) is not None:
        conn.send(msg.upper())
    conn.close()


def main() -> None:
    here, there = mp.Pipe()  # (1)!
    child = mp.Process(target=shout, args=(there,))
    child.start()
    there.close()  # (2)!
    for word in ("ping", "pong"):
        here.send(word)
        if here.poll(10):  # (3)!
            print(word, "->", here.recv())
    here.send(None)
    child.join(timeout=10)
    print("poll() once the child has gone:", here.poll(10))
    try:
        here.recv()
    except EOFError:
        print("recv() raised EOFError: every copy of the other end is closed")  # (4)!
    here.close()

    reader, writer = mp.Pipe(duplex=False)  # (5)!
    writer.send({"one": "way"})
    print("one-way pipe:", reader.recv(), "| writer.readable:", writer.readable)
    reader.close()
    writer.close()


if __name__ == "__main__":
    main()

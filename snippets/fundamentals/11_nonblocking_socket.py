import errno
import selectors
import socket


def main() -> None:
    left, right = socket.socketpair()  # (1)!
    with left, right, selectors.DefaultSelector() as selector:
        left.setblocking(False)  # (2)!
        try:
            left.recv(1024)
        except BlockingIOError as exc:
            print("recv with nothing to read raised BlockingIOError")
            print("errno is EAGAIN:", exc.errno == errno.EAGAIN)

        selector.register(left, selectors.EVENT_READ, data="left")  # (3)!
        ready = [key.data for key, _ in selector.select(timeout=0)]
        print("ready before sending:", ready)

        right.sendall(b"hello")
        ready = [key.data for key, _ in selector.select(timeout=1.0)]
        print("ready after sending:", ready)
        print("recv now returns:", left.recv(1024))  # (4)!


if __name__ == "__main__":
    main()

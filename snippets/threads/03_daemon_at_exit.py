import atexit
import threading
import time


def heartbeat() -> None:
    try:
        while True:  # (1)!
            time.sleep(0.01)
    finally:
        print("ticker: cleaning up")  # pragma: no cover -- a daemon never gets here


def main() -> None:
    worker = threading.Thread(target=time.sleep, args=(0.5,), name="worker")  # (2)!
    ticker = threading.Thread(target=heartbeat, name="ticker", daemon=True)  # (3)!
    worker.start()
    ticker.start()
    atexit.register(lambda: print("at exit: ticker alive:", ticker.is_alive()))  # (4)!
    atexit.register(lambda: print("at exit: worker alive:", worker.is_alive()))
    print("main() returns; worker alive:", worker.is_alive(), "| ticker alive:", ticker.is_alive())


if __name__ == "__main__":
    main()

import threading


class Account:
    def __init__(self, lock) -> None:  # a Lock or an RLock
        self._lock = lock
        self.balance = 0

    def deposit(self, amount: int) -> bool:
        if not self._lock.acquire(timeout=0.2):  # (1)!
            return False
        try:
            self.balance += amount
            return True
        finally:
            self._lock.release()

    def deposit_twice(self, amount: int) -> list[bool]:
        with self._lock:  # (2)!
            return [self.deposit(amount), self.deposit(amount)]


def main() -> None:
    for label, lock in [("Lock", threading.Lock()), ("RLock", threading.RLock())]:
        account = Account(lock)
        succeeded = account.deposit_twice(10)
        print(f"{label}: inner deposits succeeded: {succeeded}, balance: {account.balance}")  # (3)!


if __name__ == "__main__":
    main()

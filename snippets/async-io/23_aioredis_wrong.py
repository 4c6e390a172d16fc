# browser: runnable
import asyncio
import builtins


class RedisError(Exception):
    pass


def main() -> None:
    print("asyncio.TimeoutError is builtins.TimeoutError:", asyncio.TimeoutError is builtins.TimeoutError)  # (1)!
    try:
        class TimeoutError(asyncio.TimeoutError, builtins.TimeoutError, RedisError):  # (2)!
            pass
    except TypeError as exc:
        print("importing aioredis 2.0.1 fails here with: TypeError:", exc)  # (3)!


if __name__ == "__main__":
    main()

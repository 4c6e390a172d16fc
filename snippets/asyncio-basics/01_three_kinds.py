# browser: runnable
import asyncio
import inspect


async def greet(name: str) -> str:  # (1)!
    print(f"  body of greet({name!r}) starts")
    await asyncio.sleep(0.01)
    return f"hello, {name}"


async def main() -> None:
    print("greet is a coroutine function:", inspect.iscoroutinefunction(greet))
    coro = greet("coroutine")  # (2)!
    print("calling it returned a coroutine object:", inspect.iscoroutine(coro))
    print("awaiting the coroutine object runs the body:")
    print("  result:", await coro)  # (3)!

    task = asyncio.create_task(greet("task"))  # (4)!
    print("create_task returned a Task:", isinstance(task, asyncio.Task))
    print("  has the task finished yet?", task.done())
    print("main reaches an await, so the loop can run the task:")
    print("  result:", await task)  # (5)!
    print("a Task is also a Future:", isinstance(task, asyncio.Future))
    try:
        compile("await greet('module level')", "example.py", "exec")  # (6)!
    except SyntaxError as exc:
        print("await outside a coroutine:", exc.msg)


if __name__ == "__main__":
    asyncio.run(main())

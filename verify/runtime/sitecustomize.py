# Put on PYTHONPATH by verify.snippets.run() for every snippet run; child processes inherit it.
#  - SNIPPET_START_METHOD=spawn|fork|forkserver runs a multiprocessing snippet under that start
#    method without editing it (children are told their start method by their parent anyway).
#    Under fork, os.fork() first waits (up to 1 s) for threads that Python has already joined to
#    leave the OS: 3.12+ counts OS threads when it warns about fork in a multi-threaded process,
#    and a joined thread lingers there for a moment, so a pool started right after another one
#    shut down would be warned about at random. A thread still running is still warned about.
#  - asyncio.run() / asyncio.Runner report on stderr (so the run fails) any task still pending
#    when they shut down, unless SNIPPET_ALLOW_PENDING_TASKS is set (`# tasks: pending-at-exit`).
import importlib.machinery
import os
import sys

if os.environ.get("SNIPPET_START_METHOD"):
    import multiprocessing

    multiprocessing.set_start_method(os.environ["SNIPPET_START_METHOD"], force=True)


def _os_thread_count() -> int:
    with open("/proc/self/stat", "rb") as stat:
        return int(stat.read().rsplit(b")", 1)[1].split()[17])  # field 20: num_threads


def _fork_after_joined_threads_left(fork):
    def wait_then_fork():
        import threading
        import time

        deadline = time.monotonic() + 1
        while _os_thread_count() > threading.active_count() and time.monotonic() < deadline:
            time.sleep(0.001)
        return fork()

    return wait_then_fork


if os.environ.get("SNIPPET_START_METHOD") == "fork" and os.path.exists("/proc/self/stat"):
    os.fork = _fork_after_joined_threads_left(os.fork)


def _check_pending_tasks(runners) -> None:
    cancel_all_tasks = runners._cancel_all_tasks  # what Runner.close() calls at shutdown

    def checked(loop):
        from asyncio import tasks

        if pending := [t for t in tasks.all_tasks(loop) if not t.done()]:
            names = ", ".join(sorted(t.get_coro().__qualname__ for t in pending))
            print(f"snippet check: asyncio.run() had to cancel {len(pending)} pending task(s) at "
                  f"shutdown: {names}", file=sys.stderr)
        cancel_all_tasks(loop)

    runners._cancel_all_tasks = checked


class _PatchAsyncioRunners:
    """Patches asyncio.runners when (and only if) a snippet imports asyncio."""

    def find_spec(self, name, path, target=None):
        if name != "asyncio.runners":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            _check_pending_tasks(module)

        spec.loader.exec_module = exec_module
        return spec


if not os.environ.get("SNIPPET_ALLOW_PENDING_TASKS"):
    sys.meta_path.insert(0, _PatchAsyncioRunners())

# Put on PYTHONPATH by verify.snippets.run() for every snippet run; child processes inherit it.
#  - SNIPPET_START_METHOD=spawn|fork|forkserver runs a multiprocessing snippet under that start
#    method without editing it (children are told their start method by their parent anyway).
#  - asyncio.run() / asyncio.Runner report on stderr (so the run fails) any task still pending
#    when they shut down, unless SNIPPET_ALLOW_PENDING_TASKS is set (`# tasks: pending-at-exit`).
import importlib.machinery
import os
import sys

if os.environ.get("SNIPPET_START_METHOD"):
    import multiprocessing

    multiprocessing.set_start_method(os.environ["SNIPPET_START_METHOD"], force=True)


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

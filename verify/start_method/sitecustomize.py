# Put on PYTHONPATH by verify.snippets.run() to run a snippet under a chosen multiprocessing
# start method without editing it. Child processes inherit the variable, which is harmless:
# they are told their start method by their parent.
import os

if os.environ.get("SNIPPET_START_METHOD"):
    import multiprocessing

    multiprocessing.set_start_method(os.environ["SNIPPET_START_METHOD"], force=True)

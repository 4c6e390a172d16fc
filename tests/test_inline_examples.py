"""Python fences written in the Markdown itself (contract 5).

A fence that only includes snippets has its targets checked (the snippets themselves are run by
test_snippets.py); any other Python fence is linted with ruff and run by pytest-examples, and
what it prints must match its `#>` comments (`./run update` rewrites them from a real run).
"""

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from verify import DOCS
from verify.pages import INCLUDE, check_include, include_only_targets

EXAMPLES = list(find_examples(DOCS))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: f"{e.path.relative_to(DOCS)}:{e.start_line}")
def test_python_fence(example: CodeExample, eval_example: EvalExample):
    if include_only_targets(example.source.splitlines()):
        for offset, line in enumerate(example.source.splitlines(), 1):
            if m := INCLUDE.match(line):
                check_include(example.path, example.start_line + offset, m["target"])
        return
    eval_example.set_config(line_length=100, target_version="py311")
    if eval_example.update_examples:
        eval_example.format(example)
        eval_example.run_print_update(example)
    else:
        eval_example.lint(example)
        eval_example.run_print_check(example)

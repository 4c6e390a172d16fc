"""The Markdown sources: zh/en parity (contract 7) and includes that resolve (contract 1)."""

from verify import DOCS, LANGUAGES
from verify.pages import check_include, includes, pages, parity_errors, split_target
from verify.snippets import all_snippets


def test_languages_match():
    """Same pages, same includes in the same order, same number of headings."""
    assert parity_errors() == []


def test_every_include_resolves():
    for lang in LANGUAGES:
        for path in pages(lang).values():
            for line, target in includes(path.read_text(encoding="utf-8")):
                check_include(path, line, target)


def test_every_page_is_in_the_nav():
    """A page missing from the nav is built but unreachable; mkdocs only logs that at INFO level."""
    nav = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    missing = [name for name in pages(LANGUAGES[0]) if f" {name}" not in nav]
    assert missing == []


def test_every_snippet_is_shown_on_a_page():
    """A snippet no page includes is dead weight (and its output is shown nowhere)."""
    shown = {split_target(target)[0] for path in pages(LANGUAGES[0]).values()
             for _, target in includes(path.read_text(encoding="utf-8"))}
    assert sorted({s.name for s in all_snippets()} - shown) == []

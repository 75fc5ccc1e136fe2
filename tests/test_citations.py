"""Footnotes: each quotes the exact source words, links to its sentence, and is numbered once.

Pages hold notes unnumbered; the template numbers a note where it prints the reference,
so on every page the references first appear as 1, 2, 3... and every definition is used.
"""

from __future__ import annotations

import re

import pytest
from markupsafe import Markup

from generator.model import Span
from generator.site.citations import Citations, Footnotes, Note, Source
from tests.conftest import GOLDEN, GOLDEN_CASES, marked_graph, render_case, rendered

SOURCE = Source(
    id="a",
    title="A <title>",
    page="articles/a.md",
    text="One said this. Two said that.\nThree [^1] said more.",
    sentence_starts=(0, 15, 30),
    sentence_anchors=("s-one", "s-two", "s-three"),
    sentence_paragraphs=(0, 0, 1),
)
_REF = re.compile(r"(?<!\\)\[\^(\d+)\](?!:)")
_DEF = re.compile(r"^\[\^(\d+)\]: ", re.MULTILINE)


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (
            Span(4, 8),
            '<q class="source-quote" data-article="a" data-start="4" data-end="8">said</q> — '
            "[A &lt;title&gt;\\, paragraph 1](../articles/a.md#s-one)",
        ),
        (
            Span(15, 18),
            '<q class="source-quote" data-article="a" data-start="15" data-end="18">Two</q> — '
            "[A &lt;title&gt;\\, paragraph 1](../articles/a.md#s-two)",
        ),
        (
            Span(36, 40),
            '<q class="source-quote" data-article="a" data-start="36" data-end="40">\\[\\^1\\]</q> — '
            "[A &lt;title&gt;\\, paragraph 2](../articles/a.md#s-three)",
        ),
    ],
)
def test_a_note_quotes_the_words_and_links_to_their_sentence(span: Span, text: str) -> None:
    note = Citations("entities/x.md", {"a": SOURCE}).cite("a", span)
    assert note == Note(("a", span.start, span.end), Markup(text))


def test_numbers_follow_the_order_of_reference_and_a_repeated_note_keeps_its_number() -> None:
    cites = Citations("entities/x.md", {"a": SOURCE})
    first, second = cites.cite("a", Span(15, 18)), cites.cite("a", Span(4, 8))
    notes = Footnotes()
    assert [notes.ref(n) for n in (first, second, cites.cite("a", Span(15, 18)))] == ["[^1]", "[^2]", "[^1]"]
    assert notes.definitions() == [f"[^1]: {first.text}", f"[^2]: {second.text}"]


def _check_reading_order(path: str, page: str) -> int:
    """Assert the page's notes are numbered 1, 2, 3... as first met; return how many."""
    body = "\n".join(line for line in page.split("\n") if not _DEF.match(line))
    first_seen = list(dict.fromkeys(int(n) for n in _REF.findall(body)))
    defined = [int(n) for n in _DEF.findall(page)]
    assert first_seen == list(range(1, len(first_seen) + 1)), path
    assert defined == first_seen, path
    tail = page.split("\n")[-1 - 2 * len(defined) : -1] if defined else []
    assert [line for line in tail if line] == [line for line in page.split("\n") if _DEF.match(line)], path
    return len(defined)


def _kind(path: str) -> str:
    """The page kind of a docs path (entities/x.md -> entities)."""
    return path.split("/")[0] if "/" in path and not path.endswith("index.md") else path


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_every_page_numbers_its_footnotes_in_reading_order(case: str) -> None:
    files = render_case(GOLDEN / case)
    notes: dict[str, int] = {}
    for path, data in files.items():
        if path.endswith(".md"):
            kind = _kind(path.removeprefix("docs/"))
            notes[kind] = notes.get(kind, 0) + _check_reading_order(path, data.decode("utf-8"))
    # Entity and claim pages cite; the test must have seen notes on both kinds.
    assert notes["entities"] > 0 and notes["claims"] > 0


def test_a_claim_page_cites_in_the_order_it_is_read() -> None:
    graph = marked_graph(
        {"a": ["[Putin] said {the ballot in [Donetsk] was fair}.", "[Biden] said {the ballot was a sham}."]}
    )
    page = next(text for path, text in rendered(graph).items() if path.startswith("claims/the-ballot-in"))
    quoted = [
        re.search(r'data-start="(\d+)" data-end="(\d+)"', line)
        for line in page.split("\n")
        if _DEF.match(line)
    ]
    text = graph.articles[0].text
    # The claim's words, the speaker as named, the verb, the sentence, then the other position.
    assert [text[int(m.group(1)) : int(m.group(2))] for m in quoted if m] == [
        "the ballot in Donetsk was fair",
        "Putin",
        "said",
        "Putin said the ballot in Donetsk was fair.",
        "the ballot was a sham",
    ]

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


# A small corpus where places speak: a state and a city are the speakers of claims in two
# articles, and are spoken about by people. Their pages once numbered notes for claims the
# template did not show (a place's page lists no "claims by"), leaving footnotes whose
# back-links pointed at references that were never printed.
PLACES_SPEAK = {
    "first": [
        "[Indiana] said {the new road would open in May}.",
        "“{We will pay for the bridge},” [Indiana] said.",
        "[Mike Brown] said {[Indiana] had broken its promise}.",
        "[Tampa] said {the port was closed to cruise ships}.",
    ],
    "second": [
        "[Indiana] said {the road would now open in June}.",
        "[Tampa] said {the port had reopened}, and [Mike Brown] said {[Tampa] was right}.",
    ],
}
#: The Markdown extensions of mkdocs.yml that shape footnotes and the text around them.
_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc"]


def _html(page: str) -> str:
    """A page's Markdown (front matter dropped) as MkDocs' Python-Markdown renders it."""
    import markdown

    body = page.split("\n---\n", 1)[1] if page.startswith("---\n") else page
    return markdown.markdown(
        body,
        extensions=[*_EXTENSIONS, "pymdownx.escapeall"],
        extension_configs={"pymdownx.escapeall": {"hardbreak": False, "nbsp": False}},
    )


@pytest.fixture(scope="module")
def speaking_places() -> dict[str, str]:
    """Every page of the corpus where places speak."""
    return rendered(marked_graph(PLACES_SPEAK, {"Indiana": "region", "Tampa": "region"}))


def test_places_that_speak_have_pages_with_notes(speaking_places: dict[str, str]) -> None:
    for place in ("indiana", "tampa"):
        assert _DEF.search(speaking_places[f"entities/{place}.md"]), place


@pytest.mark.parametrize("kind", ["articles", "entities", "claims"])
def test_every_footnote_has_its_reference_and_every_reference_its_footnote(
    speaking_places: dict[str, str], kind: str
) -> None:
    pages = {p: t for p, t in speaking_places.items() if p.startswith(f"{kind}/")}
    assert pages
    for path, page in pages.items():
        body = "\n".join(line for line in page.split("\n") if not _DEF.match(line))
        assert set(_REF.findall(body)) == set(_DEF.findall(page)), path


@pytest.mark.parametrize("place", ["indiana", "tampa", "mike-brown"])
def test_every_footnote_back_link_finds_its_reference_in_the_html(
    speaking_places: dict[str, str], place: str
) -> None:
    html = _html(speaking_places[f"entities/{place}.md"])
    back = set(re.findall(r'href="#(fnref\d*:\d+)"', html))
    ids = set(re.findall(r'id="(fnref\d*:\d+)"', html))
    assert back and back <= ids, sorted(back - ids)


def test_a_place_that_speaks_lists_its_claims_and_one_that_does_not_lists_none(
    speaking_places: dict[str, str],
) -> None:
    graph = marked_graph(PLACES_SPEAK, {"Indiana": "region", "Tampa": "region"})
    for claim in graph.claims:
        if claim.speaker is not None:
            assert f"../claims/{claim.id}.md" in speaking_places[f"entities/{claim.speaker}.md"], claim.id
    assert "## Claims by Indiana" in speaking_places["entities/indiana.md"]
    silent = rendered(
        marked_graph({"a": ["[Brown] said {the road in [Ohio] was closed}."]}, {"Ohio": "region"})
    )
    assert "Claims by" not in silent["entities/ohio.md"]
    assert "claims made" not in silent["entities/ohio.md"] and "claim made" not in silent["entities/ohio.md"]

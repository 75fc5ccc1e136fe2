"""The editable glossary: loading, validation with file and line, escaping, matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.read import glossary
from generator.read.glossary import Term
from generator.site import tooltips
from generator.site.values import SiteValues
from tests.conftest import marked_graph, page_lines, rendered

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_the_seed_glossary_explains_the_words_students_ask_about() -> None:
    terms = {t.term for t in glossary.load(SEEDS / "glossary.yml")}
    assert {"annexation", "referendum", "de jure", "de facto", "mobilisation", "accession"} <= terms
    assert "nuclear umbrella" in terms


def test_a_missing_file_is_an_empty_glossary(tmp_path: Path) -> None:
    assert glossary.load(tmp_path / "glossary.yml") == ()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("terms:\n  - term: [oops\n", 2, "invalid YAML"),
        ("terms:\n  - term: annexation\n", 2, "needs a 'definition'"),
        ("terms:\n  - term: a<b>\n    definition: x\n", 2, "must be one or more words"),
        ("terms:\n  - term: x\n    definition: y\n    colour: red\n", 2, "unknown key"),
        ("glossary: []\n", 1, "unknown top-level key"),
        (
            "terms:\n  - term: vote\n    definition: a\n"
            "  - term: poll\n    definition: b\n    variants: [Vote]\n",
            4,
            "both",
        ),
        ("terms:\n  - term: vote\n    definition: a\n    variants: call-up\n", 2, "must be a list"),
    ],
)
def test_bad_entries_are_reported_with_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BuildError) as err:
        glossary.load(path)
    assert err.value.line == line
    assert words in str(err.value)
    assert str(path) in str(err.value)


def test_definitions_are_escaped_and_stay_on_one_line() -> None:
    term = Term("vote", 'A <b>poll</b> & "ballot"', ("votes",))
    lines = tooltips.abbreviations([term])
    assert lines == [
        f"*[{form}]: A &lt;b&gt;poll&lt;/b&gt; &amp; &quot;ballot&quot;"
        for form in ("vote", "Vote", "votes", "Votes")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Russia annexed four regions.", True),
        ("The Annexation of Crimea.", True),
        ("A reannexation is not a word.", False),
        ("No such term here.", False),
    ],
)
def test_terms_are_found_as_whole_words(text: str, found: bool) -> None:
    term = Term("annexation", "d", ("annexed",))
    assert (tooltips.used_in([term], [text]) == [term]) is found


def test_glossary_tooltips_only_on_pages_that_use_the_term() -> None:
    terms = (Term("referendum", "A vote <b>.", ("referendums",)), Term("mobilisation", "Call-up."))
    graph = marked_graph({"a": ["[Putin] said {the referendums were valid}."], "b": ["[Biden] slept."]})
    pages = rendered(graph, SiteValues(glossary=terms))
    assert page_lines(pages["articles/a.md"], "*[") == [
        f"*[{f}]: A vote &lt;b&gt;." for f in terms[0].forms()
    ]
    assert "*[" not in pages["articles/b.md"] and "*[" not in pages["entities/biden.md"]
    assert "*[" not in pages["glossary.md"]

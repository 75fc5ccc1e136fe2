"""Words glued to a name are cut off it (a compound's letter, a suspended hyphen, a quotation, a prefix)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment


def _names(nlp: Any, text: str) -> set[str]:
    """The surface words of every named mention of ``text``."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    found = entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))
    return {m.span.slice(text) for m in found if m.role == "name"}


@pytest.mark.parametrize(
    ("text", "name", "junk"),
    [
        ("Fans in Dayton wore Jo Marsh T-shirts at the rally.", "Jo Marsh", "Jo Marsh T"),
        ("Voters in Dayton cheered Ann Lee U-turn on taxes.", "Ann Lee", "Ann Lee U"),
        (
            "Ann Lee was able to out-Christie Chris Christie in New Jersey.",
            "Chris Christie",
            "Christie Chris Christie",
        ),
        (
            "Lee cast himself as a Bernie Sanders- and Elizabeth Warren-style progressive.",
            "Elizabeth Warren",
            "Bernie Sanders-",
        ),
        (
            "She ran as a Sanders- and Warren-style progressive against Bernie Sanders.",
            "Bernie Sanders",
            "Sanders-",
        ),
        (
            "‘WHAT HAPPENED AT THE OLD LAKESIDE CLUB’“Ms. Jo Marsh said the night was long.",
            "Jo Marsh",
            "OLD LAKESIDE CLUB’“Ms",
        ),
        (
            "‘A NIGHT AT THE SEASIDE BEACH HOUSE PARTY’“Mr. Lee’s party at a big home had music.",
            "Lee",
            "SEASIDE BEACH HOUSE PARTY’“Mr",
        ),
    ],
)
def test_glued_words_are_cut_from_the_name(nlp: Any, text: str, name: str, junk: str) -> None:
    names = _names(nlp, text)
    assert name in names
    assert junk not in names


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        (
            "THE STORY OF THE GRAND LAKESIDE GARDEN PARTY was told by Jo Marsh in Dayton.",
            "GRAND LAKESIDE GARDEN PARTY",
        ),
        ("Jo Marsh read WHAT THE OLD RIVER TOWNS WANT to a crowd in Dayton.", "OLD RIVER TOWNS"),
    ],
)
def test_a_line_in_capitals_names_nothing(nlp: Any, text: str, junk: str) -> None:
    names = _names(nlp, text)
    assert not any(junk in n or n in junk for n in names)
    assert "Jo Marsh" in names


def test_a_name_in_capitals_the_text_also_writes_stays(nlp: Any) -> None:
    text = "Jo Marsh spoke in Dayton.\nTHE STORY OF JO MARSH AND THE OLD RIVER TOWNS\nShe left on Tuesday."
    names = _names(nlp, text)
    assert "JO MARSH" in names
    assert not any("RIVER" in n for n in names)

"""Words the model takes for names that name no one, or name someone else: no such page."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.model import MentionFound


def _found(nlp: Any, text: str, ents: tuple[tuple[str, str], ...] = ()) -> dict[str, set[str]]:
    """Mention words -> kinds; ``ents`` (surface, label) replace the model's entities when given."""
    doc = nlp(text)
    if ents:
        spans = []
        for surface, label in ents:
            start = text.index(surface)
            spans.append(doc.char_span(start, start + len(surface), label=label))
        doc.ents = spans
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    found: tuple[MentionFound, ...] = entities.find_mentions(text, doc, paras, sents)
    out: dict[str, set[str]] = {}
    for m in found:
        out.setdefault(m.span.slice(text), set()).add(m.kind)
    return out


def test_a_person_at_a_place_is_the_person_and_the_place(nlp: Any) -> None:
    text = "The hearing went on. Rosa Lind lost her cousin Amelia at Birch Hollow last spring."
    found = _found(nlp, text, (("Rosa Lind", "PERSON"), ("Amelia at Birch Hollow", "PERSON")))
    assert found["Amelia"] == {"person"}  # a kinship word before her says so
    assert "Birch Hollow" in found
    assert "Amelia at Birch Hollow" not in found


def test_a_lone_kinship_word_names_no_one(nlp: Any) -> None:
    text = "The boy came home late. He said Mommy was tired, and Grandpa agreed."
    found = _found(nlp, text, (("Mommy", "PERSON"), ("Grandpa", "PERSON")))
    assert "Mommy" not in found and "Grandpa" not in found


def test_a_plural_before_a_plural_verb_is_no_person(nlp: Any) -> None:
    text = "The talks ended in March. Economists have long warned about the deficit."
    assert "Economists" not in _found(nlp, text, (("Economists", "PERSON"),))
    text = "The vote was close. Sanders has said the plan is bad."  # a singular verb: a surname
    assert _found(nlp, text, (("Sanders", "PERSON"),)) == {"Sanders": {"person"}}


def test_a_verb_after_a_colon_is_no_person(nlp: Any) -> None:
    text = "The race moves south.\n\nWalsh: Endure to Iowa.\n\nThe governor needs a win."
    assert "Endure" not in _found(nlp, text, (("Endure", "PERSON"),))


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("A swimmer was charged after an incident during the Sydney Games.", "Sydney Games", "EVENT"),
        (
            "It was backed by the Boston Globe, the Arizona Republic and the Denver Post.",
            "Arizona Republic",
            "",
        ),
    ],
)
def test_a_given_name_after_the_is_no_person(nlp: Any, text: str, surface: str, label: str) -> None:
    found = _found(nlp, text, ((surface, label),) if label else ())
    assert "person" not in found.get(surface, set())


def test_a_name_cut_at_its_particle_is_one_person(nlp: Any) -> None:
    text = "The minister, Greta van der Berg, spoke in Utrecht on Monday."
    found = _found(nlp, text, (("Greta van der", "PERSON"), ("Berg", "GPE"), ("Utrecht", "GPE")))
    assert found["Greta van der Berg"] == {"person"}
    assert "Berg" not in found


def test_an_abbreviated_title_is_no_name(nlp: Any) -> None:
    text = "The deal was signed on Friday, and Pres. Hollis Grant praised it."
    found = _found(nlp, text, (("Pres", "GPE"), ("Hollis Grant", "PERSON")))
    assert "Pres" not in found
    assert found["Hollis Grant"] == {"person"}


def test_a_given_name_after_the_before_a_noun_stays_a_person(nlp: Any) -> None:
    text = "She framed the Nellie Bly print, and the crowd at the Denver Games cheered."
    found = _found(nlp, text, (("Nellie Bly", "ORG"), ("Denver Games", "EVENT")))
    assert found["Nellie Bly"] == {"person"}  # "the ... print": the name modifies a noun
    assert "person" not in found.get("Denver Games", set())

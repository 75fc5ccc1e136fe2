"""A surname in the plural that the article gives a person is the family: a group, no person."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.model import MentionFound


def _found(nlp: Any, text: str) -> tuple[MentionFound, ...]:
    """Every mention of ``text``."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    return entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Jo Marsh said the Hendersons would win. Bill Henderson did not reply.", "Hendersons"),
        ("Ann Lee met Tom Jones and the Joneses in Dayton on Monday.", "Joneses"),
    ],
)
def test_plural_surname_is_a_group(nlp: Any, text: str, family: str) -> None:
    kinds = {m.span.slice(text): m.kind for m in _found(nlp, text)}
    assert kinds.get(family) == "group"


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # No given name before the singular: a party's members stay as they were.
        ("Jo Marsh said the Democrats would win. A Democrat in Ohio agreed.", "Democrats", "organization"),
        ("Jo Marsh said the Hendersons would win.", "Hendersons", "organization"),
    ],
)
def test_other_plurals_keep_their_kind(nlp: Any, text: str, word: str, kind: str) -> None:
    kinds = {m.span.slice(text): m.kind for m in _found(nlp, text)}
    assert kinds.get(word) == kind

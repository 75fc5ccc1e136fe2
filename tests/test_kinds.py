"""Word-level cues for an entity's kind (``lexicon.kinds``): titles, demonyms, head words."""

from __future__ import annotations

import pytest

from generator.analyse.lexicon import kinds
from generator.model import EntityKind


@pytest.mark.parametrize(
    ("phrase", "title"),
    [
        ("President", True),
        ("prime minister", True),
        ("Sen.", True),
        ("chief", True),
        ("Biden", False),
        ("", False),
    ],
)
def test_is_title(phrase: str, title: bool) -> None:
    assert kinds.is_title(phrase) is title


@pytest.mark.parametrize(
    ("words", "length"),
    [
        (["Deputy", "Prime", "Minister", "Smith"], 3),  # the longest title wins
        (["Prime", "Minister"], 2),
        (["Foreign", "Minister", "Sergei", "Lavrov"], 2),
        (["Biden"], 0),
        ([], 0),
    ],
)
def test_title_length(words: list[str], length: int) -> None:
    assert kinds.title_length(words) == length


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["President", "Joe", "Biden"], ["Joe", "Biden"]),
        (["Foreign", "Minister", "Sergei", "Lavrov"], ["Sergei", "Lavrov"]),
        (["President"], ["President"]),  # never every word
        (["Joe", "Biden"], ["Joe", "Biden"]),
    ],
)
def test_drop_titles(words: list[str], kept: list[str]) -> None:
    assert kinds.drop_titles(words) == kept


@pytest.mark.parametrize(
    ("text", "demonym", "plural"),
    [
        ("Russian", True, False),
        ("Russians", True, True),
        ("Russian-backed", True, False),
        ("Swiss", True, False),  # listed as it is: an s that is no plural
        ("British", True, False),
        ("Kyiv", False, False),
        ("Frenchmen", False, False),
    ],
)
def test_demonyms(text: str, demonym: bool, plural: bool) -> None:
    assert (kinds.is_demonym(text), kinds.is_plural_demonym(text)) == (demonym, plural)


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["Independence", "Square"], "region"),
        (["St", "Basil's", "Cathedral"], "region"),
        (["Labour", "Party"], "organization"),
        (["Ministry", "of", "Defence"], "organization"),  # the word before "of"
        (["Bank", "of", "England"], "organization"),
        (["Joe", "Biden"], None),
        ([], None),
    ],
)
def test_head_kind(words: list[str], kind: EntityKind | None) -> None:
    assert kinds.head_kind(words) == kind

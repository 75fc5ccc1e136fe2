"""names: transliteration folding and the cross-article keys."""

from __future__ import annotations

import pytest

from generator.analyse.lexicon import names
from generator.model import EntityKind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenski", "Zelenskiy"),
        ("Zelensky", "Zelenskyy"),
        ("Zaporizhzhia", "Zaporozhye"),
        ("Zaporizhia", "Zaporozhye"),
        ("Kyiv", "Kiev"),
        ("Kharkiv", "Kharkov"),
        ("Luhansk", "Lugansk"),
        ("Lviv", "Lvov"),
        ("Odesa", "Odessa"),
        ("Chernihiv", "Chernigov"),
        ("Mykhailo", "Mikhailo"),
        ("Sergei", "Serhiy"),
        ("Alexei", "Oleksiy"),
        ("Navalny", "Naval'ny"),
        ("Dmitry", "Dmitri"),
        ("Shoigu", "Shoygu"),
        ("Erdoğan", "Erdogan"),
    ],
)
def test_translit_variants_share_a_key(a: str, b: str) -> None:
    assert names.translit_key(a) == names.translit_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Putin", "Peskov"), ("Kyiv", "Kharkiv"), ("Luhansk", "Donetsk"), ("Biden", "Bolden")],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert names.translit_key(a) != names.translit_key(b)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("U.S.", "United States", "country"),
        ("US", "the United States", "country"),
        ("America", "United States of America", "country"),
        ("UK", "Britain", "country"),
        ("Russian Federation", "Russia", "country"),
        ("U.N.", "United Nations", "organization"),
        ("EU", "the European Union", "organization"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky", "person"),
        ("President Joe Biden", "Joe Biden", "person"),
        ("Zelenski's", "Zelenskyy", "person"),
        ("Zaporizhzhia", "Zaporozhye", "region"),
        # An article joined to a surname by a hyphen is often dropped.
        ("Bashar al-Assad", "Bashar Assad", "person"),
        ("Abdel Fattah el-Sisi", "Abdel Fattah Sisi", "person"),
    ],
)
def test_match_key_joins_names_of_one_entity(a: str, b: str, kind: EntityKind) -> None:
    assert names.match_key(a, kind) == names.match_key(b, kind)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Joe Biden", "Hunter Biden", "person"),
        ("United States", "United Kingdom", "country"),
        ("Donetsk", "Donetsk People's Republic", "region"),
        ("UN", "EU", "organization"),
        # Only a listed article: a double-barrelled surname keeps both halves.
        ("Ruth Lee-Smith", "Ruth Smith", "person"),
    ],
)
def test_match_key_keeps_different_entities_apart(a: str, b: str, kind: EntityKind) -> None:
    assert names.match_key(a, kind) != names.match_key(b, kind)


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Volodymyr Zelenski", "Zelenskiy"),
        ("Martin Luther King Jr.", "King"),
        ("Putin", "Putin"),
        ("Bashar al-Assad", "Assad"),
    ],
)
def test_surname_key(name: str, surname: str) -> None:
    assert names.surname_key(name) == names.translit_key(surname)


def test_match_key_is_lowercase_without_punctuation() -> None:
    key = names.match_key("St Basil's Cathedral", "region")
    assert key == key.lower()
    assert not any(c in key for c in ".,'’")


@pytest.mark.parametrize(
    ("name", "expected"), [("Zelenski's", "Zelenski"), ("Reuters", "Reuters"), ("Jones'", "Jones")]
)
def test_strip_possessive(name: str, expected: str) -> None:
    assert names.strip_possessive(name) == expected

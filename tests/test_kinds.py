"""Word-level cues for an entity's kind (``lexicon.kinds``): titles, demonyms, head words."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.analyse.entities import shapes
from generator.analyse.lexicon import gazetteer, kinds
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
        ("Latina", True, False),  # the feminine form
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
        (["Midway", "Atoll"], "region"),  # natural features are places
        (["Colorado", "Plateau"], "region"),
        (["Acme", "Coal"], "organization"),  # a company's trade
        (["Acme", "Studios"], "organization"),
        (["Center", "for", "Public", "Policy"], "organization"),  # a place head before "for": a body
        (["Acme", "University", "Research", "Center"], "organization"),  # a body's seat
        (["Rockefeller", "Center"], "region"),  # no body in the name: a place
        (["Times", "Square"], "region"),  # an organisation word before a plain place head
        (["Museum", "of", "Modern", "Art"], "organization"),  # a museum is an institution
    ],
)
def test_head_kind(words: list[str], kind: EntityKind | None) -> None:
    assert kinds.head_kind(words) == kind


# ---------------------------------------------------------------- kinds in short texts of our own

KIND_TEXTS: list[tuple[str, str, EntityKind]] = [
    # text, surface, kind
    ("Snow fell on the Pyrenees, and the Danube and the Rhine burst their banks.", "Pyrenees", "region"),
    ("Snow fell on the Pyrenees, and the Danube and the Rhine burst their banks.", "Danube", "region"),
    ("Snow fell on the Pyrenees, and the Danube and the Rhine burst their banks.", "Rhine", "region"),
    ("Politico and Breitbart reported the story first, and Axios followed.", "Breitbart", "organization"),
    ("Politico and Breitbart reported the story first, and Axios followed.", "Axios", "organization"),
    ("Environment Canada issued a warning on Monday.", "Environment Canada", "organization"),
    ("The schools in Livorno, Tuscany, must pay the tax.", "Tuscany", "region"),
    ("Ubisoft, Microsoft and Sony showed new games.", "Ubisoft", "organization"),
    # A city or region is not a person, though the model says so.
    ("Workers in Brno, Czech Republic, went on strike.", "Czech Republic", "country"),
    # A company, then its first word alone.
    ("Miners at Patriot Coal lost pensions. Patriot said it was fair.", "Patriot Coal", "organization"),
    ("Miners at Patriot Coal lost pensions. Patriot said it was fair.", "Patriot", "organization"),
    ("Trump told Yahoo that he would win.", "Yahoo", "organization"),
    ("The Orlando Sentinel ran the story.", "Orlando Sentinel", "organization"),  # a paper
    ("The ship reached Midway Atoll on Monday.", "Midway Atoll", "region"),
    ("Snow closed the Washington Monument.", "Washington Monument", "region"),
    ("Officials in Wisconsin's Brown County voted.", "Brown County", "region"),
    ("Tourists crowd New York's Times Square every night.", "Times Square", "region"),  # owner cut
    # A "... Center" that names an organisation in its name is the body, not a building.
    (
        "A poll by the Suffolk University Political Research Center found a lead.",
        "Suffolk University Political Research Center",
        "organization",
    ),
    (
        "Refugees wait at the State Department Refugee Processing Center in Texas.",
        "State Department Refugee Processing Center",
        "organization",
    ),
    # A name ends before the "on" that says where it is; the place is a name of its own.
    ("He spoke at Hofstra University on Long Island on Monday.", "Hofstra University", "organization"),
    ("He spoke at Hofstra University on Long Island on Monday.", "Long Island", "region"),
    ("It opens at the Block Museum of Art at Acme University.", "Acme University", "organization"),
    # A given name and surname end a person's name; "of" then says where the person works.
    ("The dinner was hosted by Travis Kalanick of Uber, who spoke first.", "Travis Kalanick", "person"),
    ("The dinner was hosted by Travis Kalanick of Uber, who spoke first.", "Uber", "organization"),
    ("Officials at the Bank of England said no.", "Bank of England", "organization"),
    # A lower-case modifier before a body's name is no part of it.
    (
        "According to a civil complaint filed by the federal Securities and Exchange Commission"
        " and a state agency, the firm lied.",
        "Securities and Exchange Commission",
        "organization",
    ),
    (
        "A review shows no one from the state Department of Revenue Services released the papers.",
        "Department of Revenue Services",
        "organization",
    ),
    ("He met Charles de Gaulle in Paris.", "Charles de Gaulle", "person"),  # a particle stays
    # A country's name that is also a state's: listed with states, the state.
    ("Clinton won Alabama, Arkansas, Georgia and Tennessee on Tuesday.", "Georgia", "region"),
    ("The firm lobbies for Albania, Cyprus, Georgia and India.", "Georgia", "country"),
    ("Monitors visited Abkhazia, Georgia and Armenia in May.", "Georgia", "country"),  # its own province
    ("Cruz won Virginia, Georgia and Ohio. In Georgia, the results came late.", "Georgia", "region"),
]


def _kinds_of(nlp: Any, text: str, surface: str) -> set[str]:
    """The kinds of the mentions whose words are exactly ``surface``."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    found = entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))
    return {m.kind for m in found if m.span.slice(text) == surface}


@pytest.mark.parametrize(("text", "surface", "kind"), KIND_TEXTS)
def test_kinds_in_context(nlp: Any, text: str, surface: str, kind: EntityKind) -> None:
    assert _kinds_of(nlp, text, surface) == {kind}


def test_environment_canada_is_not_the_country(nlp: Any) -> None:
    text = "Environment Canada issued a warning, and Canada closed its schools."
    assert _kinds_of(nlp, text, "Canada") == {"country"}
    assert _kinds_of(nlp, text, "Environment Canada") == {"organization"}


@pytest.mark.parametrize(
    ("word", "country", "agency"),
    [
        ("Environment", "Canada", True),
        ("Statistics", "Canada", True),
        ("Northern", "Ireland", False),  # a place modifier
        ("South", "Sudan", False),  # a country itself
        ("Monday", "Canada", False),  # a calendar word
        ("President", "Canada", False),  # a title
        ("Environment", "Gotham", False),  # no country
    ],
)
def test_agency_words(word: str, country: str, agency: bool) -> None:
    assert shapes.agency_words(word, country) is agency


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Pyrenees", "region"), ("Rhine", "region"), ("Twitter", "organization"), ("BBC", "organization")],
)
def test_known_kinds(name: str, kind: EntityKind) -> None:
    assert gazetteer.known_kind(name) == kind
    assert gazetteer.known_kind("Mississippi") is None  # a state too: left to the context


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The mayor of Vic said the town would vote.", "Vic"),
        ("Josep Soler, deputy mayor of Vic, said no.", "Vic"),
    ],
)
def test_a_name_after_an_office_over_a_place_is_a_place(nlp: Any, text: str, surface: str) -> None:

    doc = nlp(text)
    paras = segment.paragraphs(text)
    found = entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))
    assert [m.kind for m in found if m.span.slice(text) == surface] == ["region"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "on" a topic, or "at" a campus, is part of the name.
        ("The Council on Foreign Relations met on Monday.", "Council on Foreign Relations"),
        ("She studied at the University of California at Berkeley.", "University of California at Berkeley"),
    ],
)
def test_a_preposition_inside_a_name_keeps_it_whole(nlp: Any, text: str, name: str) -> None:
    assert _kinds_of(nlp, text, name) == {"organization"}


def test_a_nationality_opening_a_paper_is_no_company(nlp: Any) -> None:
    text = "The Philippine Star said Philippine troops left."
    assert _kinds_of(nlp, text, "Philippine Star") == {"organization"}
    assert _kinds_of(nlp, text, "Philippine") == set()

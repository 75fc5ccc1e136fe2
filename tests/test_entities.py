"""entities.find_mentions: the seed article's hard cases and small synthetic texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import entities, segment
from generator.model import MentionFound

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "000_f735f376e7293dd6.entities.json"


def mentions_of(nlp: Any, text: str) -> tuple[MentionFound, ...]:
    """Run the mention finder on a text."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    return entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))


@pytest.fixture(scope="session")
def seed(nlp: Any, seed_text: str) -> tuple[MentionFound, ...]:
    return mentions_of(nlp, seed_text)


def spans(found: tuple[MentionFound, ...], text: str, surface: str) -> list[MentionFound]:
    """Mentions whose text is exactly ``surface``."""
    return [m for m in found if m.span.slice(text) == surface]


@pytest.mark.parametrize(
    "place",
    [
        "Kherson",
        "Zaporizhzhia",
        "Zaporozhye",
        "Luhansk",
        "Donetsk",
        "Kyiv",
        "Lyman",
        "Kharkiv",
        "Moscow",
        "Crimea",
        "Red Square",
        "St Basil's Cathedral",
        "St George's Hall",
        "Donetsk People's Republic",
        "Luhansk People's Republic",
        "Great Kremlin Palace",
    ],
)
def test_seed_places_are_regions(
    seed: tuple[MentionFound, ...], seed_text: str, place: str
) -> None:
    found = spans(seed, seed_text, place)
    assert found, place
    assert {m.kind for m in found} == {"region"}


def test_seed_no_place_is_a_person(seed: tuple[MentionFound, ...], seed_text: str) -> None:
    persons = {m.span.slice(seed_text) for m in seed if m.kind == "person" and m.role == "name"}
    assert persons == {
        "Vladimir Putin",
        "Putin",
        "Volodymyr Zelenski",
        "Zelenski",
        "Volodymyr Zelenskiy",
        "Zelenskiy",
        "Antonio Guterres",
        "Guterres",
        "Mikhailo Podolyak",
        "Dmitry Peskov",
        "Joe Biden",
        "Biden",
        "Tayyip Erdogan",
        "Oleksandar Starukh",
        "Starukh",
        "Liz Truss",
    }


@pytest.mark.parametrize(
    ("surfaces", "name"),
    [
        (["Volodymyr Zelenski", "Zelenski", "Volodymyr Zelenskiy", "Zelenskiy"], None),
        (["Zaporizhzhia", "Zaporozhye"], "Zaporizhzhia"),
        (["U.S.", "US", "United States"], "United States"),
        (["Vladimir Putin", "Putin"], "Vladimir Putin"),
        (["Antonio Guterres", "Guterres"], "Antonio Guterres"),
        (["Russia", "Russian Federation"], "Russia"),
        (["Oleksandar Starukh", "Starukh"], "Oleksandar Starukh"),
        (["U.N."], "United Nations"),
        (["UK"], "United Kingdom"),
    ],
)
def test_seed_spellings_share_one_cluster(
    seed: tuple[MentionFound, ...], seed_text: str, surfaces: list[str], name: str | None
) -> None:
    found = [m for s in surfaces for m in spans(seed, seed_text, s)]
    assert set(surfaces) == {m.span.slice(seed_text) for m in found}
    assert len({m.cluster for m in found}) == 1
    if name is not None:
        assert {m.name for m in found} == {name}


@pytest.mark.parametrize(
    "epithet", ["The tyrant", "The diminutive despot", "the warmonger", "the dictator"]
)
def test_seed_epithets_resolve_to_putin(
    seed: tuple[MentionFound, ...], seed_text: str, epithet: str
) -> None:
    putin = spans(seed, seed_text, "Vladimir Putin")[0]
    (found,) = spans(seed, seed_text, epithet)
    assert (found.role, found.kind, found.name, found.cluster) == (
        "epithet",
        "person",
        "Vladimir Putin",
        putin.cluster,
    )


@pytest.mark.parametrize(
    "not_a_name",
    [
        "Friday",
        "Thursday",
        "Today",
        "three days",
        "2014",
        "Russian",
        "Ukrainian",
        "Turkish",
        "Western",
        "Italian",
        "he",
        "He",
        "his",
        "Zelenski's",
        "the West",
        "Ukraine's",
    ],
)
def test_seed_no_dates_numbers_pronouns_or_adjectives(
    seed: tuple[MentionFound, ...], seed_text: str, not_a_name: str
) -> None:
    assert not spans(seed, seed_text, not_a_name)


def test_seed_roles_and_kinds_are_valid(seed: tuple[MentionFound, ...]) -> None:
    assert {m.role for m in seed} <= {"name", "epithet"}
    assert all(m.cluster >= 0 for m in seed)


def test_seed_clusters_numbered_by_first_appearance(seed: tuple[MentionFound, ...]) -> None:
    firsts: list[int] = []
    for m in sorted(seed, key=lambda m: m.span.start):
        if m.cluster not in firsts:
            firsts.append(m.cluster)
    assert firsts == sorted(firsts)


def test_seed_kremlin_organization_west_group(
    seed: tuple[MentionFound, ...], seed_text: str
) -> None:
    assert {m.kind for m in spans(seed, seed_text, "Kremlin")} == {"organization"}
    west = spans(seed, seed_text, "West")
    assert len(west) == 6
    assert {(m.kind, m.name) for m in west} == {("group", "the West")}


def test_deterministic(nlp: Any, seed_text: str, seed: tuple[MentionFound, ...]) -> None:
    assert mentions_of(nlp, seed_text) == seed


def test_gold_offsets_match_the_article(seed_text: str) -> None:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    assert data["source"] == "seeds/000_f735f376e7293dd6.txt"
    for entity in data["entities"]:
        for m in entity["mentions"]:
            assert seed_text[m["start"] : m["end"]] == m["text"], (entity["name"], m)
            assert m["role"] in ("name", "epithet")
            spellings = entity["spellings"] if m["role"] == "name" else entity["epithets"]
            assert m["text"] in spellings


def test_gold_scores_hold() -> None:
    from generator.evaluation import gold_entities

    (table,) = gold_entities.evaluate(GOLD)
    rows = {r.label: r for r in table.rows}
    assert (rows["mentions, right kind"].recall or 0) >= 0.95
    assert (rows["mentions, right kind"].precision or 0) >= 0.95
    assert rows["epithets, resolved"].recall == 1.0
    assert (rows["entities in exactly one cluster"].recall or 0) >= 0.95


# ---------------------------------------------------------------- synthetic texts

SYNTHETIC: list[tuple[str, str, str, str]] = [
    # text, surface, kind, name
    ("Fighting continued near Mariupol and in Kharkiv on Monday.", "Kharkiv", "region", "Kharkiv"),
    ("Officials in Lugansk said the shelling had stopped.", "Lugansk", "region", "Lugansk"),
    (
        "Prime Minister Rishi Sunak met the king. Sunak said little.",
        "Sunak",
        "person",
        "Rishi Sunak",
    ),
    ("The U.K. and the EU signed the deal.", "EU", "organization", "European Union"),
    ("The U.K. and the EU signed the deal.", "U.K.", "country", "United Kingdom"),
    ("The Kremlin said talks would resume.", "Kremlin", "organization", "Kremlin"),
    ("Britain and France sent envoys.", "Britain", "country", "United Kingdom"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "name"), SYNTHETIC)
def test_synthetic_kinds_and_names(nlp: Any, text: str, surface: str, kind: str, name: str) -> None:
    found = spans(mentions_of(nlp, text), text, surface)
    assert found, surface
    assert {(m.kind, m.name) for m in found} == {(kind, name)}


def test_synthetic_transliterations_cluster(nlp: Any) -> None:
    text = (
        "President Volodymyr Zelensky spoke in Kiev on Monday. "
        "Later Zelenskyy returned to Kyiv, where he met Dmitri Kuleba."
    )
    found = mentions_of(nlp, text)
    zel = spans(found, text, "Volodymyr Zelensky") + spans(found, text, "Zelenskyy")
    kyiv = spans(found, text, "Kiev") + spans(found, text, "Kyiv")
    assert len(zel) == 2 and len({m.cluster for m in zel}) == 1
    assert len(kyiv) == 2 and len({m.cluster for m in kyiv}) == 1
    assert zel[0].cluster != kyiv[0].cluster


def test_synthetic_epithet_needs_a_person(nlp: Any) -> None:
    text = "The summit opened in Geneva. The dictator was not invited."
    assert not [m for m in mentions_of(nlp, text) if m.role == "epithet"]


def test_synthetic_epithet_takes_latest_person(nlp: Any) -> None:
    text = (
        "Kim Jong Un inspected a missile. Analysts said Alexander Lukashenko was absent. "
        "The despot later appeared on state television."
    )
    found = mentions_of(nlp, text)
    (epithet,) = [m for m in found if m.role == "epithet"]
    assert epithet.name == "Alexander Lukashenko"
    assert epithet.span.slice(text) == "The despot"


def test_synthetic_plural_nationality_is_a_group(nlp: Any) -> None:
    text = "The Russians withdrew, and Ukrainian troops advanced."
    found = mentions_of(nlp, text)
    assert {(m.span.slice(text), m.kind) for m in found} == {("Russians", "group")}


def test_gum_beats_the_baseline() -> None:
    from generator.evaluation import gum

    (table,) = gum.evaluate(ROOT / "tests" / "data" / "gum")
    rows = {r.label: r for r in table.rows}
    ours = rows["named mentions, right kind"].recall or 0
    base = rows["baseline spaCy: named mentions, right kind"].recall or 0
    assert ours >= 0.75 and ours > base + 0.05
    assert (rows["same entity, same cluster"].recall or 0) > (
        rows["baseline spaCy: same entity, same cluster"].recall or 0
    )
    assert (rows["different entities, apart"].recall or 0) >= 0.98

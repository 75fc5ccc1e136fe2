"""The corpus scorer (generator/evaluation/corpus.py) on a tiny hand-made corpus (no NLP)."""

from __future__ import annotations

import pytest

from generator.evaluation import corpus
from generator.model import (
    Analysis,
    Article,
    Entity,
    EntityKind,
    Graph,
    MentionFound,
    Paragraph,
    Sentence,
    Span,
)
from generator.read import register
from generator.resolve import resolve

GOLD = corpus.Gold(
    entities={
        "Ann Marsh": ("Ann Marsh", "Marsh", "Annie"),
        "Ben Marsh": ("Ben Marsh", "Marsh"),
        "Harbour Board": ("Harbour Board", "the Board"),
    },
    apart=(("Ann Marsh", "Ben Marsh"),),
)


def _article(
    article_id: str, text: str, mentions: list[tuple[str, str, EntityKind, int]]
) -> tuple[Article, Analysis]:
    """An article whose named mentions are (surface, name, kind, cluster), found in order."""
    found, cursor = [], 0
    for surface, name, kind, cluster in mentions:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        found.append(MentionFound(Span(start, cursor), kind, name, "name", cluster))
    sentence = Sentence(0, 0, Span(0, len(text)), "s-0")
    analysis = Analysis(article_id, (Paragraph(0, Span(0, len(text)), "p-0"),), (sentence,), tuple(found), ())
    return Article(article_id, f"seeds/{article_id}.txt", text, article_id), analysis


def _graph(items: list[tuple[Article, Analysis]]) -> Graph:
    """The graph resolution makes of the hand-made articles."""
    return resolve([a for a, _ in items], [b for _, b in items], register.EMPTY)


def _ann_meets_the_board() -> tuple[Article, Analysis]:
    """Article a: a person and a body, each once."""
    return _article(
        "a",
        "Ann Marsh met the Harbour Board.",
        [("Ann Marsh", "Ann Marsh", "person", 0), ("Harbour Board", "Harbour Board", "organization", 1)],
    )


def test_a_clean_corpus_scores_no_split_no_merge_no_junk() -> None:
    graph = _graph(
        [
            _ann_meets_the_board(),
            _article("b", "Ben Marsh left.", [("Ben Marsh", "Ben Marsh", "person", 0)]),
        ]
    )
    scores = corpus.score(graph, GOLD)
    assert (scores.entities, scores.split, scores.off, scores.wrong, scores.junk) == (3, (), 0, (), ())
    assert scores.mentions == 3


def test_a_split_entity_and_a_wrong_merge_are_counted() -> None:
    # Article c's cluster holds both people (an analysis error the scorer must see), and
    # the Harbour Board is on two pages under two names.
    graph = _graph(
        [
            _ann_meets_the_board(),
            _article(
                "c",
                "Ann Marsh and Ben Marsh sat on the Board.",
                [
                    ("Ann Marsh", "Ann Marsh", "person", 0),
                    ("Ben Marsh", "Ann Marsh", "person", 0),
                    ("Board", "Board", "organization", 1),
                ],
            ),
        ]
    )
    scores = corpus.score(graph, GOLD)
    assert scores.wrong == (("Ann Marsh", "Ben Marsh", "ann-marsh"),)
    assert scores.split == ("Harbour Board",)  # "Board" (the Board) made a page of its own
    assert (scores.mentions, scores.off) == (5, 1)


def test_mentions_off_the_main_page_are_counted() -> None:
    graph = _graph(
        [
            _article(
                "a",
                "Ann Marsh spoke. Ann Marsh left.",
                [("Ann Marsh", "Ann Marsh", "person", 0), ("Ann Marsh", "Ann Marsh", "person", 0)],
            ),
            # A nickname nothing joins to her full name: a second page.
            _article("b", "Annie wrote.", [("Annie", "Annie", "person", 0)]),
        ]
    )
    scores = corpus.score(graph, GOLD)
    assert scores.split == ("Ann Marsh",)
    assert (scores.mentions, scores.off) == (3, 1)


def _entity(name: str, kind: EntityKind = "person") -> Entity:
    """An entity named ``name``."""
    return Entity(id="x", kind=kind, name=name, aliases=())


@pytest.mark.parametrize(
    ("name", "kind", "why"),
    [
        ("@harbourwatch", "person", "handle"),
        ("Ann Marsh:", "person", "punctuation"),
        ("Ann Marsh ''", "person", "punctuation"),
        ("her Harbour Board", "organization", "determiner"),
        ("Speaker Ann Marsh", "person", "title"),
        ("Gov. Ann Marsh", "person", "title"),
        ("Ann Marsh Tells Harbour Workers", "person", "headline"),
        ("Marsh Says", "person", "headline"),
        ("Ann Marsh", "person", None),
        ("Harbour Board", "organization", None),
        ("United States", "country", None),
        ("Aung San Suu Kyi", "person", None),
    ],
)
def test_junk_names(name: str, kind: EntityKind, why: str | None) -> None:
    assert corpus.junk_reason(_entity(name, kind)) == why


def test_the_dev_gold_list_is_well_formed() -> None:
    gold = corpus.load_gold()
    assert len(gold.entities) >= 40
    assert all(a in gold.entities and b in gold.entities for a, b in gold.apart)

"""One edit changes only what depends on it: ids stay put, unchanged pages stay byte-identical."""

from __future__ import annotations

import json

from generator.model import Analysis, Article, Graph, MentionFound, Paragraph, Sentence, Span
from generator.read import register
from generator.resolve import resolve
from generator.resolve.pins import pins_from
from generator.site import export


def _article(article_id: str, text: str, mentions: list[tuple[str, int]]) -> tuple[Article, Analysis]:
    """An article of one sentence whose person mentions are (surface, cluster), found in order."""
    found, cursor = [], 0
    for surface, cluster in mentions:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        found.append(MentionFound(Span(start, cursor), "person", surface, "name", cluster))
    analysis = Analysis(
        article_id,
        (Paragraph(0, Span(0, len(text)), "p-0"),),
        (Sentence(0, 0, Span(0, len(text)), "s-0"),),
        tuple(found),
        (),
    )
    return Article(article_id, f"seeds/{article_id}.txt", text, article_id), analysis


def _graph(previous: dict[str, object] | None) -> Graph:
    """Two people who share an alias ("Marsh"): a headline's cluster and the person it names."""
    items = [
        _article(
            "a",
            "Ted Marsh Cuts Taxes. Marsh spoke. Marsh left.",
            [("Ted Marsh Cuts Taxes", 0), ("Marsh", 0), ("Marsh", 1)],
        ),
        _article(
            "b",
            "Ann Marsh spoke. Marsh said so. Marsh left. Marsh came.",
            [("Ann Marsh", 0), ("Marsh", 0), ("Marsh", 0), ("Marsh", 0)],
        ),
    ]
    return resolve([a for a, _ in items], [b for _, b in items], register.EMPTY, pins_from(previous))


def test_ids_are_the_same_build_after_build_when_names_overlap() -> None:
    # Each build is pinned by the one before; an alias shared with another entity's name
    # once let the larger cluster take the other's id, so every build renamed pages.
    first = _graph(None)
    ids = {e.name: e.id for e in first.entities}
    assert ids == {"Ann Marsh": "ann-marsh", "Ted Marsh Cuts Taxes": "ted-marsh-cuts-taxes"}
    previous = json.loads(export.export(first))
    for _ in range(3):
        again = _graph(previous)
        assert {e.name: e.id for e in again.entities} == ids
        previous = json.loads(export.export(again))

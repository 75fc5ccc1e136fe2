"""Indexes over the resolved graph, built once and shared by every page kind."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from generator.model import ACTOR_KINDS, Article, Claim, Entity, Graph, Mention, Span
from generator.resolve.addresses import article_page
from generator.site.citations import Source

class Lookup:
    """Indexes over the graph, built once, so every page is a handful of dict lookups."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.articles = {a.id: a for a in graph.articles}
        self.order = {a.id: i for i, a in enumerate(graph.articles)}
        self.analyses = {a.article: a for a in graph.analyses}
        self.entities = {e.id: e for e in graph.entities}
        self.claims = {c.id: c for c in graph.claims}
        self.sources = {a.id: _source(a, self.analyses[a.id]) for a in graph.articles}
        self.mentions_of: dict[str, list[Mention]] = defaultdict(list)
        self.mentions_in: dict[str, list[Mention]] = defaultdict(list)
        self.articles_of: dict[str, set[str]] = defaultdict(set)
        for m in graph.mentions:
            self.mentions_of[m.entity].append(m)
            self.mentions_in[m.article].append(m)
            self.articles_of[m.entity].add(m.article)
        self.claims_by: dict[str, list[Claim]] = defaultdict(list)
        self.claims_about: dict[str, list[Claim]] = defaultdict(list)
        self.claims_in: dict[str, list[Claim]] = defaultdict(list)
        for c in graph.claims:
            self.claims_in[c.article].append(c)
            if c.speaker:
                self.claims_by[c.speaker].append(c)
            for e in c.about:
                if e != c.speaker:
                    self.claims_about[e].append(c)
        self.related = _cooccurrence(graph.mentions)

    def sentence_span(self, article: str, index: int) -> Span:
        """The span of one sentence."""
        return self.analyses[article].sentences[index].span


def _source(article: Article, analysis: Any) -> Source:
    """Citation data for one article."""
    sents = analysis.sentences
    return Source(
        id=article.id,
        title=article.title,
        page=article_page(article.id),
        text=article.text,
        sentence_starts=tuple(s.span.start for s in sents),
        sentence_anchors=tuple(s.anchor for s in sents),
        sentence_paragraphs=tuple(s.paragraph for s in sents),
    )


def claim_text(lookup: Lookup, claim: Claim) -> str:
    """The claim's words; the parts of a multi-paragraph quote joined by spaces."""
    text = lookup.articles[claim.article].text
    parts = claim.parts or (claim.span,)
    return " ".join(p.slice(text) for p in parts)


def is_region(entity: Entity) -> bool:
    """Regions get their own index; everything else is an actor."""
    return entity.kind not in ACTOR_KINDS


def _cooccurrence(mentions: Sequence[Mention]) -> dict[str, Counter[str]]:
    """For each entity, how many sentences it shares with each other entity."""
    by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
    for m in mentions:
        by_sentence[(m.article, m.sentence)].add(m.entity)
    related: dict[str, Counter[str]] = defaultdict(Counter)
    for ids in by_sentence.values():
        for a in ids:
            for b in ids:
                if a != b:
                    related[a][b] += 1
    return related

"""Indexes over the resolved graph and the pieces every page kind shares.

Contexts are plain dicts. Text from articles and the register stays ``str`` (the renderer
escapes it); ``Markup`` values are pieces this module built itself (links, footnotes).
"""

from __future__ import annotations

import html
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from generator.resolve.addresses import article_page, claim_page, entity_page
from generator.site.citations import Citations, Source
from generator.site.markup import escape, link, yaml_string
from generator.model import ACTOR_KINDS, Article, Claim, Entity, Graph, Mention, Span

KIND_LABELS = {
    "person": "Person",
    "organization": "Organisation",
    "country": "Country",
    "region": "Place",
    "group": "Group",
}
#: How many related entities and other positions a page lists; keeps pages small at scale.
RELATED_LIMIT = 12
OTHERS_LIMIT = 12
#: Questions many speakers answer in the news; a claim using a word that starts with one
#: of the stems is on that question. Claims on the same question are "other positions".
QUESTIONS = {
    "the referendums and the annexation": (
        "referend",
        "vote",
        "voting",
        "ballot",
        "annex",
        "majorit",
        "result",
    ),
    "nuclear weapons": ("nuclear", "warhead", "bluff"),
    "Ukraine and NATO": ("nato", "accession", "alliance"),
}
#: Search weight of each kind of page (Material's ``search.boost``): people before claims.
SEARCH_BOOST = {"entity": 4, "article": 2, "claim": 0.5}


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
        self.claims_on_topic: dict[str, list[Claim]] = defaultdict(list)
        for c in graph.claims:
            self.claims_in[c.article].append(c)
            if c.speaker:
                self.claims_by[c.speaker].append(c)
            for e in c.about:
                if e != c.speaker:
                    self.claims_about[e].append(c)
            for key in _subject_keys(c, claim_text(self, c)):
                self.claims_on_topic[key].append(c)
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


def _subject_keys(claim: Claim, text: str) -> list[str]:
    """What a claim is about, as keys for grouping it with others: questions, topics, entities."""
    keys = [f"q:{q}" for q in questions(text)]
    return keys + [f"t:{t}" for t in claim.topics] + [f"e:{e}" for e in claim.about if e != claim.speaker]


def questions(text: str) -> list[str]:
    """The questions of ``QUESTIONS`` that a claim's words touch."""
    words = re.findall(r"[a-z]+", text.lower())
    return [q for q, stems in QUESTIONS.items() if any(w.startswith(stems) for w in words)]


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


def front_matter(
    title: str, description: str, *, boost: float | None = None, tags: Sequence[str] = ()
) -> Markup:
    """YAML front matter; values are HTML-escaped because the theme prints them raw.

    ``tags`` appear beside the page in search results (what kind of page it is);
    ``boost`` weights the page in search (Material's ``search.boost``).
    """
    lines = [
        "---",
        f"title: {yaml_string(html.escape(title))}",
        f"description: {yaml_string(html.escape(_clip(description, 155)))}",
    ]
    if tags:
        lines.append("tags: [" + ", ".join(yaml_string(html.escape(t)) for t in tags) + "]")
    if boost is not None:
        lines += ["search:", f"  boost: {boost}"]
    lines.append("---")
    return Markup("\n".join(lines))


def _clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def claim_text(lookup: Lookup, claim: Claim) -> str:
    """The claim's words; the parts of a multi-paragraph quote joined by spaces."""
    text = lookup.articles[claim.article].text
    parts = claim.parts or (claim.span,)
    return " ".join(p.slice(text) for p in parts)


def claim_title(lookup: Lookup, claim: Claim) -> str:
    """A short title: speaker and the first words of the claim."""
    speaker = lookup.entities[claim.speaker].name if claim.speaker else "Unattributed"
    return f"{speaker}: “{_clip(claim_text(lookup, claim), 70)}”"


def entity_link(lookup: Lookup, page: str, entity_id: str) -> Markup:
    """Link to an entity page with its display name."""
    return link(lookup.entities[entity_id].name, page, entity_page(entity_id))


def claim_item(lookup: Lookup, page: str, cites: Citations, claim: Claim) -> dict[str, Any]:
    """A claim as listed on other pages: quoted words with footnotes, speaker, links."""
    article = lookup.articles[claim.article]
    parts = claim.parts or (claim.span,)
    quoted = Markup(" ").join(
        Markup("{}{}").format(escape(p.slice(article.text)), cites.cite(article.id, p)) for p in parts
    )
    return {
        "quoted": quoted,
        "kind": "quote" if claim.kind == "direct" else "reported",
        "speaker": entity_link(lookup, page, claim.speaker) if claim.speaker else None,
        "link": link("claim page", page, claim_page(claim.id)),
        "article": link(article.title, page, article_page(article.id)),
    }


def by_article(
    lookup: Lookup, items: Sequence[tuple[str, dict[str, Any]]], page: str
) -> list[dict[str, Any]]:
    """Group (article id, item) pairs under their article, in corpus order."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article_id, item in items:
        grouped[article_id].append(item)
    out = []
    # Only the articles present, in corpus order: looping over every article per page is quadratic.
    for article_id in sorted(grouped, key=lookup.order.__getitem__):
        article = lookup.articles[article_id]
        out.append(
            {
                "title": article.title,
                "date": article.meta.date or "",
                "link": link(article.title, page, article_page(article.id)),
                "items": grouped[article.id],
            }
        )
    return out


def sentence_with_mention(lookup: Lookup, mention: Mention) -> Markup:
    """The mention's sentence, escaped, with the mention in bold."""
    text = lookup.articles[mention.article].text
    sent = lookup.sentence_span(mention.article, mention.sentence)
    if not sent.contains(mention.span):
        return escape(sent.slice(text))
    return Markup("{}**{}**{}").format(
        escape(text[sent.start : mention.span.start]),
        escape(mention.span.slice(text)),
        escape(text[mention.span.end : sent.end]),
    )


def related_entities(lookup: Lookup, page: str, entity_id: str, kinds: frozenset[str]) -> list[Markup]:
    """Entities sharing sentences with this one, most shared first."""
    counts = lookup.related.get(entity_id, Counter())
    ranked = sorted(
        (e for e in counts if lookup.entities[e].kind in kinds),
        key=lambda e: (-counts[e], lookup.entities[e].name),
    )
    return [entity_link(lookup, page, e) for e in ranked[:RELATED_LIMIT]]


def other_positions(lookup: Lookup, claim: Claim) -> list[Claim]:
    """Claims by other speakers on the same subject, most shared subjects first."""
    scores: Counter[str] = Counter()
    for key in _subject_keys(claim, claim_text(lookup, claim)):
        for other in lookup.claims_on_topic[key]:
            if other.id != claim.id and other.speaker != claim.speaker:
                scores[other.id] += 3 if key.startswith("q:") else 1
    ranked = sorted(scores, key=lambda c: (-scores[c], c))
    return [lookup.claims[c] for c in ranked[:OTHERS_LIMIT]]


def is_region(entity: Entity) -> bool:
    """Regions get their own index; everything else is an actor."""
    return entity.kind not in ACTOR_KINDS

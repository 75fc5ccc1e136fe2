"""The JSON export (``data/explainer.json``): a contract other tools rely on."""

from __future__ import annotations

from collections import defaultdict

from generator.model import Graph, Span
from generator.resolve.addresses import article_page, claim_page, entity_page, page_url
from generator.site import jsontext

#: 2: a claim's ``start``/``end`` cover all its parts, and ``parts`` is always there.
VERSION = 2


def export(graph: Graph) -> str:
    """The whole graph as stable, sorted JSON, one article, entity or claim a line (``jsontext``)."""
    mentions: dict[str, list[dict[str, object]]] = defaultdict(list)
    for m in graph.mentions:
        mentions[m.entity].append(
            {"article": m.article, "start": m.span.start, "end": m.span.end, "role": m.role}
        )
    data = {
        "version": VERSION,
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "text": a.text,
                "url": page_url(article_page(a.id)),
                "date": a.meta.date,
                "publisher": a.meta.publisher,
            }
            for a in graph.articles
        ],
        "entities": [
            {
                "id": e.id,
                "kind": e.kind,
                "name": e.name,
                "aliases": list(e.aliases),
                "description": e.description,
                "wikidata": e.wikidata,
                "epithets": list(e.epithets),
                "joined": [{"name": n, "article": a, "reason": r} for n, a, r in e.joined],
                "url": page_url(entity_page(e.id)),
                "mentions": mentions[e.id],
            }
            for e in graph.entities
        ],
        "claims": [
            {
                "id": c.id,
                "article": c.article,
                "start": (c.parts or (c.span,))[0].start,
                "end": (c.parts or (c.span,))[-1].end,
                "kind": c.kind,
                "speaker": c.speaker,
                "speaker_span": _span(c.speaker_span),
                "cue_span": _span(c.cue),
                "about": list(c.about),
                "topics": list(c.topics),
                "parts": [_span(p) for p in c.parts or (c.span,)],
                "url": page_url(claim_page(c.id)),
            }
            for c in graph.claims
        ],
    }
    return jsontext.dumps(data)


def _span(span: Span | None) -> dict[str, int] | None:
    """A span as ``{"start", "end"}``."""
    return None if span is None else {"start": span.start, "end": span.end}

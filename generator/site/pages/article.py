"""The article page: the full text, annotated, with its people and places."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.model import Mention
from generator.read.glossary import Term
from generator.resolve.addresses import GLOSSARY, article_page, claim_page, entity_page
from generator.site import article_body
from generator.site.lookup import Lookup, is_region
from generator.site.markup import relative
from generator.site.pieces import SEARCH_BOOST, abbreviations, article_link, entity_link, joined
from generator.site.render import PageSpec

#: Words of the article's opening used as its description; related articles listed.
_DESCRIPTION_WORDS = 30
_RELATED = 10
_SHARED_NAMES = 5


def _linkable(mentions: list[Mention]) -> list[Mention]:
    """Mentions the text links: an unnamed speaker's words holding a name leave the name its link."""
    return [
        m
        for m in mentions
        if m.role != "nominal" or not any(o is not m and m.span.overlaps(o.span) for o in mentions)
    ]


def article(
    lookup: Lookup, article_id: str, terms: tuple[Term, ...], related: list[dict[str, Any]] | None = None
) -> PageSpec:
    """The article's full text, annotated, with its people and places.

    ``related`` is ``related_articles(lookup, article_id)`` when the caller has it already.
    """
    page = article_page(article_id)
    art = lookup.articles[article_id]
    analysis = lookup.analyses[article_id]
    claims = lookup.claims_in[article_id]
    entity_pages = {m.entity: entity_page(m.entity) for m in lookup.mentions_in[article_id]}
    claim_pages = {c.id: claim_page(c.id) for c in claims}
    mentions = sorted(lookup.mentions_in[article_id], key=lambda m: m.span.start)
    body = article_body.Body(page, art.text, _linkable(mentions), claims, lookup.entities, claim_pages, entity_pages)
    paragraphs = [article_body.paragraph(body, p, analysis.sentences) for p in analysis.paragraphs]
    present = Counter(m.entity for m in mentions)
    ranked = sorted(present, key=lambda e: (-present[e], lookup.entities[e].name))
    actors = [e for e in ranked if not is_region(lookup.entities[e])]
    regions = [e for e in ranked if is_region(lookup.entities[e])]
    return PageSpec(
        page,
        "article.md.j2",
        {
            "title": art.title,
            "description": " ".join(art.text.split()[:_DESCRIPTION_WORDS]),
            "boost": SEARCH_BOOST["article"],
            "meta": {
                "publisher": art.meta.publisher or "",
                "date": art.meta.date or "",
                "url": art.meta.url or "",
                "licence": art.meta.licence or "",
                "source": art.source,
            },
            "paragraphs": paragraphs,
            "actors": joined([entity_link(lookup, page, e) for e in actors]),
            "regions": joined([entity_link(lookup, page, e) for e in regions]),
            "n_actors": len(actors),
            "n_regions": len(regions),
            "n_claims": len(claims),
            "n_quotes": sum(1 for c in claims if c.kind == "direct"),
            "related": _related_articles(lookup, article_id, present) if related is None else related,
            "glossary_url": relative(page, GLOSSARY),
            "abbreviations": abbreviations(terms, [art.text]),
        },
    )


def related_articles(lookup: Lookup, article_id: str) -> list[dict[str, Any]]:
    """The article page's list of related articles (as ``article`` makes it)."""
    mentions = sorted(lookup.mentions_in[article_id], key=lambda m: m.span.start)
    return _related_articles(lookup, article_id, Counter(m.entity for m in mentions))


def _related_articles(lookup: Lookup, article_id: str, present: Counter[str]) -> list[dict[str, Any]]:
    """Other articles sharing actors with this one, most shared first."""
    page = article_page(article_id)
    shared: Counter[str] = Counter()
    for entity_id in present:
        shared.update(lookup.articles_of[entity_id])  # counted in C: a president is in every article
    shared.pop(article_id, None)
    ranked = sorted(shared, key=lambda a: (-shared[a], a))[:_RELATED]
    # The names are gathered for the articles listed only.
    names = {a: sorted(lookup.entities[e].name for e in present if a in lookup.articles_of[e]) for a in ranked}
    return [
        {"link": article_link(lookup, page, a), "shared": ", ".join(names[a][:_SHARED_NAMES])} for a in ranked
    ]

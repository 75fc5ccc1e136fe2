"""The index pages: all articles, all actors, all places, all claims."""

from __future__ import annotations

from generator.resolve.addresses import ARTICLES, CLAIMS, REGIONS, claim_page
from generator.site.lookup import Lookup, claim_text, is_region
from generator.site.markup import link
from generator.site.pieces import article_link, entity_link
from generator.site.render import PageSpec
from generator.site.wording import CLAIM_TAGS, KIND_LABELS

#: Words of a claim shown in the list of all claims; aliases shown per entity.
_SHORT_WORDS = 14
_ALIASES = 4


def articles_index(lookup: Lookup) -> PageSpec:
    """All articles with their figures."""
    page = ARTICLES
    rows = [
        {
            "link": article_link(lookup, page, a.id),
            "date": a.meta.date or "",
            "publisher": a.meta.publisher or "",
            "claims": len(lookup.claims_in[a.id]),
            "entities": len({m.entity for m in lookup.mentions_in[a.id]}),
        }
        for a in lookup.graph.articles
    ]
    return PageSpec(page, "articles_index.md.j2", {"rows": rows})


def entity_index(lookup: Lookup, page: str) -> PageSpec:
    """Actors or places (``page`` says which), with counts, most mentioned first."""
    regions = page == REGIONS
    chosen = [e for e in lookup.graph.entities if is_region(e) == regions]
    chosen.sort(key=lambda e: (-len(lookup.mentions_of[e.id]), e.name))
    rows = [
        {
            "link": entity_link(lookup, page, e.id),
            "kind": KIND_LABELS[e.kind],
            "aliases": ", ".join(e.aliases[:_ALIASES]),
            "mentions": len(lookup.mentions_of[e.id]),
            "by": len(lookup.claims_by[e.id]),
            "about": len(lookup.claims_about[e.id]),
        }
        for e in chosen
    ]
    return PageSpec(page, "entity_index.md.j2", {"regions": regions, "rows": rows})


def claims_index(lookup: Lookup) -> PageSpec:
    """Every claim, grouped by article, in the order of the text."""
    page = CLAIMS
    groups = []
    for article in lookup.graph.articles:
        claims = sorted(lookup.claims_in[article.id], key=lambda c: c.span.start)
        if claims:
            groups.append(
                {
                    "link": article_link(lookup, page, article.id),
                    "rows": [
                        {
                            "speaker": entity_link(lookup, page, c.speaker) if c.speaker else None,
                            "claim": link(_short(claim_text(lookup, c)), page, claim_page(c.id)),
                            "kind": CLAIM_TAGS[c.kind],
                        }
                        for c in claims
                    ],
                }
            )
    return PageSpec(page, "claims_index.md.j2", {"count": len(lookup.graph.claims), "groups": groups})


def _short(text: str) -> str:
    """The first words of a claim, for lists."""
    words = text.split()
    return " ".join(words[:_SHORT_WORDS]) + (" …" if len(words) > _SHORT_WORDS else "")

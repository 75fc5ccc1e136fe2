"""An actor's or a place's page: summary, claims by and about it, mentions, related."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.model import ACTOR_KINDS, Entity, Mention
from generator.read.glossary import Term
from generator.resolve.addresses import ACTORS, REGIONS, entity_page
from generator.site import graph_svg
from generator.site.citations import Citations
from generator.site.lookup import Lookup, is_region
from generator.site.markup import relative
from generator.site.pieces import (
    REGION_KINDS,
    SEARCH_BOOST,
    abbreviations,
    article_link,
    by_article,
    claim_item,
    joined,
    related_entities,
    search_weight,
    sentence_with_mention,
)
from generator.site.render import PageSpec
from generator.site.wording import KIND_LABELS

#: Endings of transliterated Slavic surnames; any one of them finds the others in search.
_TRANSLITERATIONS = ("skiy", "skyy", "skyi", "sky", "ski")


def entity(lookup: Lookup, ent: Entity, terms: tuple[Term, ...]) -> PageSpec:
    """An actor or region page: summary, claims by and about it, mentions, related."""
    page = entity_page(ent.id)
    cites = Citations(page, lookup.sources)
    mentions = sorted(lookup.mentions_of[ent.id], key=lambda m: (lookup.order[m.article], m.span.start))
    by = lookup.claims_by[ent.id]
    about = lookup.claims_about[ent.id]
    region = is_region(ent)
    # A place lists the claims it makes only when it makes some ("Indiana said ..."): notes
    # are made only for claims the page shows, so every footnote has its reference.
    show_by = not region or bool(by)
    texts = [
        lookup.sentence_span(m.article, m.sentence).slice(lookup.articles[m.article].text) for m in mentions
    ]
    return PageSpec(
        page,
        "entity.md.j2",
        {
            "name": ent.name,
            "kind": KIND_LABELS[ent.kind],
            "boost": SEARCH_BOOST["entity"],
            "weight": search_weight(len(mentions)),
            "is_region": region,
            "show_by": show_by,
            "description": ent.description or "",
            "wikidata": ent.wikidata or "",
            "aliases": list(ent.aliases),
            "spellings": spellings(ent),
            "graph": graph_svg.neighbourhood(lookup, page, ent.id),
            "first": _first_mention(lookup, page, cites, mentions[0]) if mentions else None,
            "counts": {
                "by": len(by),
                "about": len(about),
                "mentions": len(mentions),
                "articles": len({m.article for m in mentions}),
            },
            "epithets": [
                {"words": m.span.slice(lookup.articles[m.article].text), "note": cites.cite(m.article, m.span)}
                for m in mentions
                if m.role == "epithet"
            ],
            "claims_by": by_article(lookup, [(c.article, claim_item(lookup, page, cites, c)) for c in by], page)
            if show_by
            else [],
            "claims_about": by_article(
                lookup, [(c.article, claim_item(lookup, page, cites, c)) for c in about], page
            ),
            "mentions": by_article(
                lookup,
                [
                    (
                        m.article,
                        {
                            "sentence": sentence_with_mention(lookup, m),
                            "note": cites.cite(m.article, lookup.sentence_span(m.article, m.sentence)),
                        },
                    )
                    for m in _one_per_sentence(mentions)
                ],
                page,
            ),
            "related_actors": joined(related_entities(lookup, page, ent.id, ACTOR_KINDS)),
            "related_regions": joined(related_entities(lookup, page, ent.id, REGION_KINDS)),
            "index_url": relative(page, REGIONS if region else ACTORS),
            "abbreviations": abbreviations(terms, texts),
        },
    )


def spellings(ent: Entity) -> list[str]:
    """Other transliterations of the entity's names, so that any spelling finds it in search."""
    known = {w.lower() for name in (ent.name, *ent.aliases) for w in name.split()}
    out: list[str] = []
    for word in sorted(known):
        for ending in _TRANSLITERATIONS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: -len(ending)]
                out += [stem + e for e in _TRANSLITERATIONS if stem + e not in known]
                break
    return [w[:1].upper() + w[1:] for w in dict.fromkeys(out)]


def _one_per_sentence(mentions: Sequence[Mention]) -> list[Mention]:
    """The first mention in each sentence: a sentence is quoted once however often it names."""
    seen: set[tuple[str, int]] = set()
    out = []
    for m in mentions:
        if (m.article, m.sentence) not in seen:
            seen.add((m.article, m.sentence))
            out.append(m)
    return out


def _first_mention(lookup: Lookup, page: str, cites: Citations, mention: Mention) -> dict[str, Any]:
    """Where the entity is first mentioned, cited."""
    return {
        "article": article_link(lookup, page, mention.article),
        "words": mention.span.slice(lookup.articles[mention.article].text),
        "note": cites.cite(mention.article, mention.span),
    }

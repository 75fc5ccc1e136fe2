"""Pieces that several page kinds show: links to entities, listed claims, grouped items.

Contexts are plain dicts. Text from articles and the register stays ``str`` (the renderer
escapes it); ``Markup`` values are pieces built here (links), and footnotes are ``Note``
values that the template numbers where it prints them.
"""

from __future__ import annotations

import math
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from markupsafe import Markup

from generator.model import Claim, Mention
from generator.read.glossary import Term
from generator.resolve.addresses import article_page, claim_page, entity_page
from generator.site import tooltips
from generator.site.citations import Citations
from generator.site.lookup import Lookup
from generator.site.markup import escape, link, relative
from generator.site.wording import CLAIM_TAGS

#: Search weight of each kind of page (``search.boost``): people before articles. Claim
#: pages are not indexed at all (``search.exclude``): their words are on their article.
SEARCH_BOOST = {"entity": 4, "article": 2}
#: Search-index weight of an entity page's words: 2 for one mention, 2 more for each tenfold
#: more mentions, to Pagefind's highest, 10 (``search_weight``).
SEARCH_WEIGHT_BASE, SEARCH_WEIGHT_PER_DECADE, SEARCH_WEIGHT_MOST = 2.0, 2.0, 10.0
#: How many related entities a page lists; keeps pages small at scale.
RELATED_LIMIT = 12
#: The kinds an entity page lists as its related regions.
REGION_KINDS = frozenset({"region"})
#: Pieces already made for a site, by (kind, folder of the page, id), kept while its Lookup
#: lives. A piece's links are relative, so it is the same on every page of one folder; a
#: claim is listed on up to a dozen claim pages, and building it each time was the largest
#: cost of the pages of a large site.
_MADE: weakref.WeakKeyDictionary[Lookup, dict[tuple[str, str, str], Any]] = weakref.WeakKeyDictionary()
_T = TypeVar("_T")


def _once(lookup: Lookup, kind: str, page: str, key: str, make: Callable[[], _T]) -> _T:
    """The piece ``make`` builds for pages in ``page``'s folder, built once per site."""
    made = _MADE.setdefault(lookup, {})
    slot = (kind, page.rpartition("/")[0], key)
    if slot not in made:
        made[slot] = make()
    piece: _T = made[slot]
    return piece


def search_weight(mentions: int) -> float:
    """The weight of an entity page's words in the search index, from its number of mentions.

    Pagefind's score cannot tell a person's page from that of a name that merely holds the
    word (their indexed words are as few: the name, the summary, the headings), so the page
    of the bearer mentioned most weighs most: a surname lists that person first.
    """
    weight = SEARCH_WEIGHT_BASE + SEARCH_WEIGHT_PER_DECADE * math.log10(max(mentions, 1))
    return round(min(weight, SEARCH_WEIGHT_MOST), 1)


def entity_link(lookup: Lookup, page: str, entity_id: str) -> Markup:
    """Link to an entity page with its display name."""
    name = lookup.entities[entity_id].name
    return _once(lookup, "e", page, entity_id, lambda: link(name, page, entity_page(entity_id)))


def article_link(lookup: Lookup, page: str, article_id: str) -> Markup:
    """Link to an article page with its title."""
    title = lookup.articles[article_id].title
    return _once(lookup, "a", page, article_id, lambda: link(title, page, article_page(article_id)))


def joined(links: Sequence[Markup], sep: str = " · ") -> Markup:
    """Links on one line, for templates (a loop there would eat the line's end)."""
    return Markup(sep).join(links)


def abbreviations(terms: Sequence[Term], texts: Sequence[str]) -> list[Markup]:
    """Glossary tooltips for the terms that occur in a page's quoted text."""
    return tooltips.abbreviations(tooltips.used_in(terms, texts))


def claim_item(lookup: Lookup, page: str, cites: Citations, claim: Claim) -> dict[str, Any]:
    """A claim as listed on pages: its words (each part with its note), speaker, links."""
    if cites.sources is lookup.sources and cites.page == page:  # the notes depend on nothing else
        return _once(lookup, "c", page, claim.id, lambda: _claim_item(lookup, page, cites, claim))
    return _claim_item(lookup, page, cites, claim)


def _claim_item(lookup: Lookup, page: str, cites: Citations, claim: Claim) -> dict[str, Any]:
    """The claim item itself (see ``claim_item``)."""
    article = lookup.articles[claim.article]
    return {
        "parts": [
            {"text": p.slice(article.text), "note": cites.cite(article.id, p)}
            for p in (claim.parts or (claim.span,))
        ],
        "kind": CLAIM_TAGS[claim.kind],
        "speaker": entity_link(lookup, page, claim.speaker) if claim.speaker else None,
        "url": relative(page, claim_page(claim.id)),
        "article": article_link(lookup, page, article.id),
    }


def by_article(
    lookup: Lookup, items: Sequence[tuple[str, dict[str, Any]]], page: str
) -> list[dict[str, Any]]:
    """Group (article id, item) pairs under their article, in corpus order."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for article_id, item in items:
        grouped.setdefault(article_id, []).append(item)
    # Only the articles present, in corpus order: looping over every article per page is quadratic.
    return [
        {
            "date": lookup.articles[article_id].meta.date or "",
            "link": article_link(lookup, page, article_id),
            "items": grouped[article_id],
        }
        for article_id in sorted(grouped, key=lookup.order.__getitem__)
    ]


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

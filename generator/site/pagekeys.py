"""Keys of a page's inputs, for the kinds whose inputs are few and known: claims, articles, entities.

The render cache (``rendercache.py``) can skip Jinja for a page whose context is unchanged,
but building and digesting every context was itself most of an edit's time: 19,000 claim
pages at 1,000 articles. A key here digests what a page's context is made from, not the
context: when it matches the last build's, the page is taken from ``docs/`` without its
context being built. A key must cover every value its page reads (or the page would go
stale): ``tests/test_incremental.py`` checks that a dirty build equals a clean one.

* A claim page reads the claim, its article (text, title, dates, sentences), the claims
  ``Positions.others`` lists and their articles, the entities it names (the speaker, those
  it is about, the other claims' speakers), the glossary, the questions and the site URL.
* An article page reads its article, its analysis, its claims and mentions, the entities
  they name, and its related articles (their links and shared names: taken as they are).
* An entity page reads the entity, its mentions, the claims by and about it, the articles
  of all of them, those claims' speakers, its graph and its related entities (both taken
  as they are drawn).

Every key is salted with the render cache's salt (the code and templates).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from generator.model import ACTOR_KINDS, Claim
from generator.read.glossary import Term
from generator.resolve.addresses import entity_page
from generator.site import graph_svg
from generator.site.lookup import Lookup
from generator.site.pieces import REGION_KINDS, related_entities
from generator.site.positions import Positions
from generator.site.rendercache import pickled


def _digest(value: Any) -> bytes:
    """SHA-256 of a value (of its pickle, as the render cache digests contexts)."""
    return hashlib.sha256(pickled(value)).digest()


class PageKeys:
    """Input keys of claim, article and entity pages, with the shared parts digested once per build."""

    def __init__(
        self, lookup: Lookup, positions: Positions, terms: tuple[Term, ...], site_url: str, salt: str
    ) -> None:
        """Digest what every keyed page reads alike: salt, glossary, questions, site URL."""
        self.lookup = lookup
        self.positions = positions
        self._base = _digest((salt, site_url, terms, positions.questions))
        self._articles: dict[str, bytes] = {}
        self._entities: dict[str, bytes] = {}
        self._claims: dict[int, bytes] = {}  # by object: the graph's claims live as long as this

    def claim(self, claim: Claim, others: list[Claim]) -> str:
        """The key of a claim page; ``others`` is ``positions.others(claim)``."""
        names = {claim.speaker, *claim.about, *(o.speaker for o in others)}
        return self._key(
            "claim",
            self._claim(claim),
            self._article(claim.article),
            [(self._claim(o), self._article(o.article)) for o in others],
            self._named(names),
        )

    def article(self, article_id: str, related: list[dict[str, Any]]) -> str:
        """The key of an article page; ``related`` is its list of related articles."""
        claims = self.lookup.claims_in[article_id]
        mentions = self.lookup.mentions_in[article_id]
        names = {m.entity for m in mentions} | {c.speaker for c in claims} | {e for c in claims for e in c.about}
        return self._key(
            "article",
            self._article(article_id),
            self.lookup.analyses[article_id],
            [self._claim(c) for c in claims],
            mentions,
            self._named(names),
            related,
        )

    def entity(self, entity_id: str) -> str:
        """The key of an entity page (its graph and related entities are taken as they are drawn)."""
        lookup, page = self.lookup, entity_page(entity_id)
        mentions = lookup.mentions_of[entity_id]
        claims = [*lookup.claims_by[entity_id], *lookup.claims_about[entity_id]]
        articles = sorted({m.article for m in mentions} | {c.article for c in claims})
        return self._key(
            "entity",
            lookup.entities[entity_id],
            mentions,
            [self._claim(c) for c in lookup.claims_by[entity_id]],
            [self._claim(c) for c in lookup.claims_about[entity_id]],
            [(a, lookup.order[a], self._article(a)) for a in articles],  # listed in corpus order
            self._named(c.speaker for c in claims),
            graph_svg.neighbourhood(lookup, page, entity_id),
            [related_entities(lookup, page, entity_id, kinds) for kinds in (ACTOR_KINDS, REGION_KINDS)],
        )

    def _key(self, *parts: Any) -> str:
        """The hex key of a page from its parts and the shared base."""
        return hashlib.sha256(self._base + _digest(parts)).hexdigest()

    def _article(self, article_id: str) -> bytes:
        """An article's record and sentences, digested once per build."""
        if article_id not in self._articles:
            sentences = self.lookup.analyses[article_id].sentences
            self._articles[article_id] = _digest((self.lookup.articles[article_id], sentences))
        return self._articles[article_id]

    def _claim(self, claim: Claim) -> bytes:
        """A claim's record, digested once per build (a claim is listed on many pages)."""
        if id(claim) not in self._claims:
            self._claims[id(claim)] = _digest(claim)
        return self._claims[id(claim)]

    def _named(self, ids: Iterable[str | None]) -> list[tuple[str, bytes]]:
        """The digests of the named entities' records, in id order."""
        out = []
        for entity_id in sorted(i for i in ids if i):
            if entity_id not in self._entities:
                self._entities[entity_id] = _digest(self.lookup.entities.get(entity_id))
            out.append((entity_id, self._entities[entity_id]))
        return out

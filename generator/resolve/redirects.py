"""Addresses that never break: pinned ids, redirects, and the list of published URLs.

Teachers put these URLs into lesson plans. Three mechanisms keep them working:

* **Pins.** The previous build's export (``docs/data/explainer.json``) says which id each
  spelling had; ``resolve`` gives an entity the same id while any spelling is still seen.
  Claim ids and sentence anchors are computed from their own words, so they need no pin.
* **Redirects.** When a page goes (an entity merged into another, a claim re-cut or
  removed, an article renamed), its old URL becomes a small page that sends the reader on:
  to the entity that now holds the old one's mentions, to the claim covering the same
  words, or to the sentence in the article. Maintainers may add their own in
  ``seeds/redirects.yml`` (``old/url/: new/url/``).
* **The published list** (``seeds/published-urls.yml``, committed): every URL the site
  has ever served, and where each moved URL now points. A build that would drop one of them
  without a redirect fails, naming the URL.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.errors import BuildError
from generator.model import Claim, Graph, Sentence, Span
from generator.read.redirects import PUBLISHED, REDIRECTS
from generator.read.register import Register
from generator.resolve import addresses
from generator.resolve.addresses import ARTICLES, article_page, claim_page, entity_page, page_url


@dataclass(frozen=True)
class Redirect:
    """An old page that sends readers to where its content now lives."""

    old: str  #: docs-relative path of the old page, e.g. ``entities/zelenski.md``
    target: str  #: site-relative URL of the new place, e.g. ``entities/volodymyr-zelenskiy/``
    anchor: str | None = None

    @property
    def old_url(self) -> str:
        """Site-relative URL of the old page."""
        return page_url(self.old)

    @property
    def safe_anchor(self) -> str | None:
        """The anchor, percent-encoded: only plain anchor characters ever reach a page."""
        return quote(self.anchor, safe="-_.:") if self.anchor else None

    def relative_target(self) -> str:
        """The target as a link from the old page's own URL."""
        base = self.old_url or "."
        target = posixpath.relpath(self.target or ".", base)
        target = "./" if target == "." else target + "/"
        return target + (f"#{self.safe_anchor}" if self.safe_anchor else "")


def plan(
    graph: Graph,
    register: Register,
    previous: Mapping[str, Any] | None,
    published: Mapping[str, str | None],
    manual: Mapping[str, str],
) -> tuple[Redirect, ...]:
    """Every redirect this build must write; fails if a published URL would be lost.

    Planned before anything is rendered: the live pages are those the site stage will
    write for ``graph`` (``addresses.site_pages``), so redirect pages render with the rest.
    """
    live_urls = set(addresses.live_urls(graph))
    wanted: dict[str, tuple[str, str | None]] = {}
    for entry in register.entries:
        if entry.merged_into:
            wanted[page_url(entity_page(entry.id))] = (
                page_url(entity_page(register.final_id(entry.id))),
                None,
            )
    wanted.update(_moved(graph, previous, live_urls))
    wanted.update(_alias_merged(register, previous, live_urls))
    for old, new in published.items():
        if new is not None and old not in live_urls:
            target, _, anchor = new.partition("#")
            wanted.setdefault(old, (target, anchor or None))
    for old, new in manual.items():
        target, _, anchor = new.partition("#")
        wanted[old] = (target, anchor or None)
    redirects = _settle(wanted, live_urls)
    _check_nothing_lost(published, live_urls, redirects)
    return tuple(sorted(redirects, key=lambda r: r.old))


def _alias_merged(
    register: Register, previous: Mapping[str, Any] | None, live: set[str]
) -> dict[str, tuple[str, str | None]]:
    """Pages of the last build whose name a register entry now claims: to that entry's page.

    The same as ``merged_into``, for a merge written as ``aliases``; it also covers pages
    that no mention ties to the text (a group named only as a speaker).
    """
    claimed: dict[str, str] = {}
    for entry in register.entries:
        if entry.ignore:
            continue
        for label in (*entry.aliases, *([entry.name] if entry.name else [])):
            claimed.setdefault(" ".join(label.casefold().split()), register.final_id(entry.id))
    out: dict[str, tuple[str, str | None]] = {}
    for entity in (previous or {}).get("entities", []):
        if entity["url"] in live:
            continue
        for label in (entity["name"], *entity.get("aliases", [])):
            target = claimed.get(" ".join(label.casefold().split()))
            if target is not None and target != entity["id"]:
                out[entity["url"]] = (page_url(entity_page(target)), None)
                break
    return out


def _settle(wanted: Mapping[str, tuple[str, str | None]], live: set[str]) -> list[Redirect]:
    """Follow chains (a -> b -> c) to a live page; drop redirects that point nowhere."""
    out = []
    for old in sorted(wanted):
        if old in live:
            continue  # the page exists again: it wins over an old redirect
        target, anchor = wanted[old]
        seen = {old}
        while target not in live and target in wanted and target not in seen:
            seen.add(target)
            target, anchor = wanted[target]
        if target in live:
            out.append(Redirect(_docs_path(old), target, anchor))
    return out


def _docs_path(url: str) -> str:
    """The docs-relative Markdown path MkDocs serves at ``url``."""
    return "index.md" if url == "" else url.rstrip("/") + ".md"


def _check_nothing_lost(
    published: Mapping[str, str | None], live: set[str], redirects: list[Redirect]
) -> None:
    """Fail, naming the URL, when a published URL has neither a page nor a redirect."""
    moved = {r.old_url for r in redirects}
    lost = sorted(url for url in published if url not in live and url not in moved)
    if lost:
        shown = ", ".join(lost[:5]) + (f" and {len(lost) - 5} more" if len(lost) > 5 else "")
        raise BuildError(
            f"published URL(s) would disappear without a redirect: {shown}",
            path=f"seeds/{PUBLISHED}",
            # A folder of seeds reused for a test build keeps the list of the site built
            # from it before; the maintainer needs to know that deleting it starts afresh.
            hint=(
                f"add `old/url/: new/url/` to seeds/{REDIRECTS}, or restore the page; if no"
                f" site built from these seeds was ever published, delete seeds/{PUBLISHED}"
                " to start afresh"
            ),
        )


def _moved(
    graph: Graph, previous: Mapping[str, Any] | None, live: set[str]
) -> dict[str, tuple[str, str | None]]:
    """Automatic redirects for pages of the previous build that this build lacks."""
    if not previous:
        return {}
    texts = {a.id: a.text for a in graph.articles}
    old_texts = {a["id"]: a["text"] for a in previous.get("articles", [])}
    mention_at = {(m.article, m.span.start): m.entity for m in graph.mentions}
    out: dict[str, tuple[str, str | None]] = {}
    sentences = {a.article: a.sentences for a in graph.analyses}
    old_urls = {a["id"]: a["url"] for a in previous.get("articles", [])}
    for entity in previous.get("entities", []):
        if entity["url"] not in live:
            target = _entity_target(entity, old_texts, texts, mention_at, sentences)
            gone = [m["article"] for m in entity.get("mentions", []) if m["article"] not in texts]
            if target is None and gone and gone[0] in old_urls:
                target = (old_urls[gone[0]], None)  # named only in a removed article: follow it
            if target is not None:
                out[entity["url"]] = target
    claims_by_article: dict[str, list[Any]] = defaultdict(list)
    for c in graph.claims:
        claims_by_article[c.article].append(c)
    for claim in previous.get("claims", []):
        if claim["url"] in live:
            continue
        if claim["article"] in texts:
            out[claim["url"]] = _claim_target(claim, old_texts, texts, claims_by_article, sentences)
        elif claim["article"] in old_urls:
            out[claim["url"]] = (old_urls[claim["article"]], None)  # where its article went
    by_text = {a.text: a.id for a in graph.articles}
    for article in previous.get("articles", []):
        if article["url"] not in live:
            # A renamed file: the article whose text is the same, else the articles index.
            same = by_text.get(article["text"])
            out[article["url"]] = (page_url(article_page(same) if same else ARTICLES), None)
    return out


def _entity_target(
    entity: Mapping[str, Any],
    old_texts: Mapping[str, str],
    texts: Mapping[str, str],
    mention_at: Mapping[tuple[str, int], str],
    sentences: Mapping[str, Sequence[Sentence]],
) -> tuple[str, str | None] | None:
    """The entity now named where the old one was, else the sentence of its first mention."""
    votes: Counter[str] = Counter()
    first: tuple[str, int] | None = None
    for m in entity.get("mentions", []):
        start = _relocate(old_texts, texts, m["article"], m["start"], m["end"])
        if start is None:
            continue
        first = first or (m["article"], start)
        if (m["article"], start) in mention_at:
            votes[mention_at[(m["article"], start)]] += 1
    if votes:
        return page_url(entity_page(min(votes, key=lambda e: (-votes[e], e)))), None
    if first is not None:
        # No page names those words any more (a false find dropped): show the words.
        return page_url(article_page(first[0])), _anchor_at(sentences[first[0]], first[1])
    return None


def _claim_target(
    claim: Mapping[str, Any],
    old_texts: Mapping[str, str],
    texts: Mapping[str, str],
    claims_by_article: Mapping[str, list[Claim]],
    sentences: Mapping[str, Sequence[Sentence]],
) -> tuple[str, str | None]:
    """The claim now covering the old words, else their sentence, else the article."""
    article = claim["article"]
    # Its first part: in export version 2 ``start``/``end`` span all parts, in 1 the first.
    first = (claim.get("parts") or [claim])[0]
    start = _relocate(old_texts, texts, article, first["start"], first["end"])
    if start is None:
        return page_url(article_page(article)), None
    span = Span(start, start + first["end"] - first["start"])
    for c in claims_by_article.get(article, []):
        if any(p.overlaps(span) for p in (c.parts or (c.span,))):
            return page_url(claim_page(c.id)), None
    return page_url(article_page(article)), _anchor_at(sentences[article], start)


def _anchor_at(sentences: Sequence[Sentence], offset: int) -> str | None:
    """The anchor of the sentence holding ``offset``."""
    return next((s.anchor for s in sentences if s.span.start <= offset < s.span.end), None)


def _relocate(
    old: Mapping[str, str], new: Mapping[str, str], article: str, start: int, end: int
) -> int | None:
    """Where the words at ``old[article][start:end]`` are in the new text, or None.

    The same occurrence is found by counting earlier occurrences of the words, so text
    inserted elsewhere (a new paragraph, a title) does not lose the match.
    """
    if article not in old or article not in new:
        return None
    before, words = old[article], old[article][start:end]
    if not words:
        return None
    occurrence = before.count(words, 0, start)
    index = -1
    for _ in range(occurrence + 1):
        index = new[article].find(words, index + 1)
        if index < 0:
            return None
    return index

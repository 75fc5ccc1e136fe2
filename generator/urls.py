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

import json
import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator import names
from generator.errors import BuildError
from generator.markup import link, page_url
from generator.model import Claim, Graph, Sentence, Span
from generator.pages import ARTICLES, PageSpec, article_page, claim_page, entity_page
from generator.reader import load_yaml
from generator.register import Register

PUBLISHED = "published-urls.yml"
REDIRECTS = "redirects.yml"
_HEADER = """\
# Every URL this site has published (relative to site_url), kept by `generator build`.
# `pages` are live; `moved` maps an old URL to where it now redirects. Commit this file.
# A build fails when a URL listed here would disappear without a redirect.
"""


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

    def relative_target(self) -> str:
        """The target as a link from the old page's own URL."""
        base = self.old_url or "."
        target = posixpath.relpath(self.target or ".", base)
        target = "./" if target == "." else target + "/"
        return target + (f"#{self.anchor}" if self.anchor else "")


def previous_export(docs: Path) -> dict[str, Any] | None:
    """The export the last build wrote, or None (first build, or unreadable)."""
    path = docs / "data" / "explainer.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == 1 else None


def pins_from(previous: Mapping[str, Any] | None) -> dict[str, str]:
    """Name key -> id, for every name and alias of every entity the last build had."""
    pins: dict[str, str] = {}
    for entity in (previous or {}).get("entities", []):
        for label in [entity["name"], *entity.get("aliases", [])]:
            pins.setdefault(names.match_key(label, entity["kind"]), entity["id"])
    return pins


def read_published(seeds: Path) -> dict[str, str | None]:
    """URL -> redirect target (None for a live page) from the published list."""
    path = seeds / PUBLISHED
    if not path.exists():
        return {}
    raw = load_yaml(path) or {}
    pages, moved = (raw.get("pages") or [], raw.get("moved") or {}) if isinstance(raw, dict) else (None, None)
    if not isinstance(pages, list) or not isinstance(moved, dict):
        raise BuildError(
            "expected `pages:` (a list) and `moved:` (a mapping)",
            path=path,
            hint="restore the file from git; the build rewrites it",
        )
    published: dict[str, str | None] = {}
    for url in pages:
        published[_checked(url, path)] = None
    for old, new in moved.items():
        published[_checked(old, path)] = _checked(new, path, anchor=True)
    return published


def _checked(url: object, path: Path, anchor: bool = False) -> str:
    """A URL from a data file, refused unless it is a plain site-relative URL."""
    text = url if isinstance(url, str) else ""
    if not _valid_url(text.split("#")[0] if anchor else text):
        raise BuildError(
            f"not a site URL: {url!r}",
            path=path,
            hint="URLs are relative to site_url and end with /, e.g. entities/some-name/",
        )
    return text


def manual_redirects(seeds: Path) -> dict[str, str]:
    """Maintainers' own redirects from ``seeds/redirects.yml``."""
    path = seeds / REDIRECTS
    if not path.exists():
        return {}
    raw = load_yaml(path) or {}
    if not isinstance(raw, dict):
        raise BuildError(
            "redirects must map old URLs to new URLs",
            path=path,
            hint="e.g. `entities/old-name/: entities/new-name/`",
        )
    return {_checked(old, path): _checked(new, path, anchor=True) for old, new in raw.items()}


def _valid_url(url: str) -> bool:
    """A site-relative directory URL made of slug characters."""
    if url == "":
        return True
    parts = url.rstrip("/").split("/")
    return url.endswith("/") and all(
        p and p not in {".", ".."} and p.replace("-", "").isalnum() and p.isascii() for p in parts
    )


def plan(
    graph: Graph,
    register: Register,
    previous: Mapping[str, Any] | None,
    published: Mapping[str, str | None],
    manual: Mapping[str, str],
    live: Iterable[str],
) -> tuple[Redirect, ...]:
    """Every redirect this build must write; fails if a published URL would be lost."""
    live_urls = set(live)
    wanted: dict[str, tuple[str, str | None]] = {}
    for entry in register.entries:
        if entry.merged_into:
            wanted[page_url(entity_page(entry.id))] = (
                page_url(entity_page(register.final_id(entry.id))),
                None,
            )
    wanted.update(_moved(graph, previous, live_urls))
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
            hint=f"add `old/url/: new/url/` to seeds/{REDIRECTS}, or restore the page",
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
    start = _relocate(old_texts, texts, article, claim["start"], claim["end"])
    if start is None:
        return page_url(article_page(article)), None
    span = Span(start, start + claim["end"] - claim["start"])
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


def live_urls(files: Iterable[str]) -> dict[str, str]:
    """Site URL -> docs path of every Markdown page about to be written."""
    return {page_url(path): path for path in files if path.endswith(".md")}


def render_published(live: Iterable[str], redirects: Iterable[Redirect]) -> str:
    """The published list after this build: every live page, then every redirect."""
    lines = [_HEADER, "pages:"]
    lines += [f"  - {url}" for url in sorted(live) if url]  # the home page is always there
    moved = sorted(redirects, key=lambda r: r.old_url)
    lines.append("moved:" + ("" if moved else " {}"))
    lines += [f"  {r.old_url}: {r.target}" + (f"#{r.anchor}" if r.anchor else "") for r in moved]
    return "\n".join(lines) + "\n"


def redirect_pages(redirects: Iterable[Redirect], live: Mapping[str, str]) -> list[PageSpec]:
    """One small page per redirect, at the old address; ``live`` maps URLs to docs paths."""
    pages = []
    for r in redirects:
        target_page = live[r.target]
        pages.append(
            PageSpec(
                r.old,
                "redirect.md.j2",
                {
                    "front": Markup(
                        "\n".join(
                            [
                                "---",
                                "title: Moved",
                                "template: redirect.html",
                                f"redirect: {json.dumps(r.relative_target())}",
                                "search:",
                                "  exclude: true",
                                "---",
                            ]
                        )
                    ),
                    "link": link(r.target or "home", r.old, target_page, r.anchor),
                },
            )
        )
    return pages

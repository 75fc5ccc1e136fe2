"""Reading a built site: links, anchors, footnote quotes. Shared by the end-to-end tests."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class Page:
    """What one HTML page holds."""

    path: str  #: relative to the site root, e.g. ``entities/x/index.html``
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    quotes: list[tuple[str, int, int, str]] = field(default_factory=list)  #: article, start, end, text
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self._quote: list[str] | None = None
        self._quote_attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.page.tags.append((tag, a))
        if a.get("id"):
            self.page.ids.add(a["id"] or "")
        if a.get("name") and tag == "a":
            self.page.ids.add(a["name"] or "")
        if tag == "a" and a.get("href") is not None:
            self.page.links.append(a["href"] or "")
        if tag == "q" and "source-quote" in (a.get("class") or ""):
            self._quote, self._quote_attrs = [], a

    def handle_endtag(self, tag: str) -> None:
        if tag == "q" and self._quote is not None:
            a = self._quote_attrs
            self.page.quotes.append(
                (a["data-article"] or "", int(a["data-start"] or 0), int(a["data-end"] or 0), "".join(self._quote))
            )
            self._quote = None

    def handle_data(self, data: str) -> None:
        if self._quote is not None:
            self._quote.append(data)


def read_site(site: Path) -> dict[str, Page]:
    """Every HTML page of a built site, parsed."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        page = Page(rel)
        _Parser(page).feed(path.read_text(encoding="utf-8"))
        pages[rel] = page
    return pages


def internal_links(pages: dict[str, Page]) -> Iterator[tuple[str, str, str | None]]:
    """(from page, target page path, anchor) for every link that stays on the site."""
    for page in pages.values():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("mailto:"):
                continue
            if not parts.path:
                yield page.path, page.path, unquote(parts.fragment) or None
                continue
            base = "" if parts.path.startswith("/") else posixpath.dirname(page.path)
            target = posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/")))
            if parts.path.endswith("/") or target == ".":
                target = posixpath.join(target, "index.html") if target != "." else "index.html"
            yield page.path, target, unquote(parts.fragment) or None


def export(site: Path) -> dict:  # type: ignore[type-arg]
    """The JSON export of a built site."""
    return json.loads((site / "data" / "explainer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]

"""Checking a built site: every internal link and anchor resolves, every footnote is exact.

MkDocs' ``--strict`` checks the Markdown links it converts; this reads the final HTML,
so it also covers what templates, the theme and the generator's raw HTML write.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

FILES = (".css", ".js", ".json", ".xml", ".png", ".svg", ".ico", ".woff2", ".txt", ".gz")


@dataclass
class Page:
    """What one HTML page holds."""

    path: str  #: relative to the site root, e.g. ``entities/x/index.html``
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    quotes: list[tuple[str, int, int, str]] = field(default_factory=list)  #: article, start, end, text
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)


class _Parser(HTMLParser):
    """Collects ids, links, source quotes and tags of one page."""

    def __init__(self, page: Page, *, tags: bool = True) -> None:
        super().__init__()
        self.page = page
        self._tags = tags
        self._quote: list[str] | None = None
        self._quote_attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Record ids, hrefs and the start of a source quote."""
        a = dict(attrs)
        if self._tags:
            self.page.tags.append((tag, a))
        if a.get("id"):
            self.page.ids.add(a["id"] or "")
        if tag == "a" and a.get("name"):
            self.page.ids.add(a["name"] or "")
        if tag == "a" and a.get("href") is not None:
            self.page.links.append(a["href"] or "")
        if tag == "q" and "source-quote" in (a.get("class") or ""):
            self._quote, self._quote_attrs = [], a

    def handle_endtag(self, tag: str) -> None:
        """Close a source quote."""
        if tag == "q" and self._quote is not None:
            a = self._quote_attrs
            where = (a.get("data-article") or "", int(a.get("data-start") or 0), int(a.get("data-end") or 0))
            self.page.quotes.append((*where, "".join(self._quote)))
            self._quote = None

    def handle_data(self, data: str) -> None:
        """Text inside a source quote."""
        if self._quote is not None:
            self._quote.append(data)


def parse(page: Page, html: str, *, tags: bool = True) -> None:
    """Fill ``page`` from its HTML (``tags``: also list every tag, for tests)."""
    parser = _Parser(page, tags=tags)
    parser.feed(html)
    parser.close()


def read_site(site: Path) -> dict[str, Page]:
    """Every HTML page of a built site, parsed."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        page = Page(path.relative_to(site).as_posix())
        parse(page, path.read_text(encoding="utf-8"))
        pages[page.path] = page
    return pages


def internal_links(pages: dict[str, Page], base: str = "/") -> Iterator[tuple[str, str, str | None]]:
    """(from page, target file, anchor) for every link that stays on the site.

    ``base`` is the URL path the site is served under (from ``site_url``): absolute links,
    which the theme writes on its 404 page, are read relative to it.
    """
    for page in pages.values():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            if not parts.path:
                yield page.path, page.path, unquote(parts.fragment) or None
                continue
            path = unquote(parts.path)
            if path.startswith("/"):
                path = path[len(base) :] if path.startswith(base) else path.lstrip("/")
                folder = ""
            else:
                folder = posixpath.dirname(page.path)
            target = posixpath.normpath(posixpath.join(folder, path))
            if target == ".":
                target = "index.html"
            elif parts.path.endswith("/"):
                target = posixpath.join(target, "index.html")
            yield page.path, target, unquote(parts.fragment) or None


def broken_links(site: Path, pages: dict[str, Page], base: str = "/") -> list[str]:
    """Every internal link whose file or anchor does not exist, as ``from -> to#anchor``."""
    broken = []
    for source, target, anchor in internal_links(pages, base):
        if target.endswith(FILES):
            ok = (site / target).is_file()
        else:
            ok = target in pages and (not anchor or anchor in pages[target].ids)
        if not ok:
            broken.append(f"{source} -> {target}" + (f"#{anchor}" if anchor else ""))
    return broken


def wrong_quotes(site: Path, pages: dict[str, Page]) -> list[str]:
    """Footnotes whose quoted words differ from the article text at their offsets."""
    data = json.loads((site / "data" / "explainer.json").read_text(encoding="utf-8"))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    wrong = []
    for page in pages.values():
        for article, start, end, shown in page.quotes:
            if article not in texts or texts[article][start:end] != shown:
                wrong.append(f"{page.path}: {article}[{start}:{end}] shown as {shown!r}")
    return wrong


def check(site: Path, site_url: str = "") -> list[str]:
    """All problems found in a built site (empty when it is sound)."""
    base = urlsplit(site_url).path or "/"
    pages = read_site(site)
    return broken_links(site, pages, base if base.endswith("/") else base + "/") + wrong_quotes(site, pages)

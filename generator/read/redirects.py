"""The maintainer's redirects (``seeds/redirects.yml``) and the list of published URLs.

A URL is site-relative and made of slug characters (``entities/some-name/``); a redirect
target may end in ``#anchor`` of plain anchor characters. Nothing else gets through, so
no value from these files can become markup or a link to another site.

The published list is the memory of every URL the site has served. If it is missing,
empty or cut short while the previous build published pages it does not list, the check
that no URL breaks would silently lose them: that is an error, unless the file says
``reset: true`` (the maintainer starting the list afresh on purpose).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.read.yamlfile import Map, Seq, check_keys, load_optional, top_map

PUBLISHED = "published-urls.yml"
REDIRECTS = "redirects.yml"
#: Characters of an anchor: the generator's (``s-1a2b3c4d``), headings' and footnotes' ids.
_ANCHOR = re.compile(r"[A-Za-z0-9_.:-]+")
_URL_HINT = "URLs are relative to site_url and end with /, e.g. entities/some-name/"


def read_published(seeds: Path, previous: Mapping[str, Any] | None = None) -> dict[str, str | None]:
    """URL -> redirect target (None for a live page) from the published list.

    ``previous`` is the last build's export: every page it lists must be in the list.
    """
    path = seeds / PUBLISHED
    exists = path.exists() or path.is_symlink()
    loaded = load_optional(path)
    published: dict[str, str | None] = {}
    if loaded is not None:
        raw = top_map(loaded, path, "expected `pages:` and `moved:`", _restore_hint())
        check_keys(raw, {"pages", "moved", "reset"}, "key(s)", path, hint=_restore_hint())
        pages, moved = raw.get("pages") or Seq(), raw.get("moved") or Map()
        if not isinstance(pages, list) or not isinstance(moved, dict):
            raise BuildError(
                "expected `pages:` (a list) and `moved:` (a mapping)",
                path=path,
                line=raw.line,
                hint=_restore_hint(),
            )
        for url, line in zip(pages, getattr(pages, "lines", [raw.line] * len(pages)), strict=True):
            published[_checked(url, path, line)] = None
        for old, new in moved.items():
            line = moved.line_of(old) if isinstance(moved, Map) else raw.line
            published[_checked(old, path, line)] = _checked(new, path, line, anchor=True)
        if raw.get("reset") is True:
            return published
        if "moved" not in raw:
            raise _cut_short(path, "it has no `moved:` section (the build always writes one)")
    missing = sorted(_previous_urls(previous) - set(published))
    if missing:
        what = "it is missing" if not exists else "it does not list"
        raise _cut_short(path, f"{what} {len(missing)} URL(s) the last build published, e.g. {missing[0]}")
    return published


def manual_redirects(seeds: Path) -> dict[str, str]:
    """Maintainers' own redirects from ``seeds/redirects.yml``."""
    path = seeds / REDIRECTS
    loaded = load_optional(path)
    if loaded is None:
        return {}
    raw = top_map(
        loaded,
        path,
        "redirects must map old URLs to new URLs",
        "e.g. `entities/old-name/: entities/new-name/`",
    )
    return {
        _checked(old, path, raw.line_of(old)): _checked(new, path, raw.line_of(old), anchor=True)
        for old, new in raw.items()
    }


def _previous_urls(previous: Mapping[str, Any] | None) -> set[str]:
    """The page URLs of the last build's export (articles, entities, claims)."""
    urls: set[str] = set()
    for kind in ("articles", "entities", "claims"):
        for item in (previous or {}).get(kind, []):
            if isinstance(item, Mapping) and isinstance(item.get("url"), str):
                urls.add(item["url"])
    return urls


def _cut_short(path: Path, why: str) -> BuildError:
    """The error for a published list that looks emptied or truncated."""
    return BuildError(
        f"the list of published URLs looks emptied or cut short: {why}",
        path=path,
        hint=_restore_hint() + "; to start the list afresh on purpose, put `reset: true` in it",
    )


def _restore_hint() -> str:
    """How to get the published list back."""
    return f"restore it from git (git checkout seeds/{PUBLISHED}); the build rewrites it"


def _checked(url: object, path: Path, line: int, anchor: bool = False) -> str:
    """A URL from a data file, refused unless it is a plain site-relative URL (and plain anchor)."""
    text = url if isinstance(url, str) else ""
    base, hash_, fragment = text.partition("#") if anchor else (text, "", "")
    if not _valid_url(base) or (hash_ and not _ANCHOR.fullmatch(fragment)):
        raise BuildError(
            f"not a site URL: {url!r}",
            path=path,
            line=line,
            hint=_URL_HINT + ("; an anchor after # holds only letters, digits, - _ . :" if anchor else ""),
        )
    return text


def _valid_url(url: str) -> bool:
    """A site-relative directory URL made of slug characters."""
    if url == "":
        return True
    parts = url.rstrip("/").split("/")
    return url.endswith("/") and all(
        p and p not in {".", ".."} and p.replace("-", "").isalnum() and p.isascii() for p in parts
    )

"""The maintainer's redirects (``seeds/redirects.yml``) and the list of published URLs."""

from __future__ import annotations

from pathlib import Path

from generator.errors import BuildError
from generator.read.yamlfile import load_yaml

PUBLISHED = "published-urls.yml"
REDIRECTS = "redirects.yml"


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

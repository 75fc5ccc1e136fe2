"""Slugs: file and URL names that are safe everywhere and unique."""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: Longer slugs are cut at a word boundary; URLs stay readable and paths short on Windows.
MAX_SLUG = 60
#: Names Windows refuses as file names, whatever the extension.
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "index", "assets", "data", "search", "404"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)


def slugify(text: str, *, fallback_prefix: str = "x") -> str:
    """Lowercase ASCII words joined by hyphens; a hash when nothing readable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if not slug:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{fallback_prefix}-{digest}"
    if slug in _RESERVED:
        slug = f"{slug}-{fallback_prefix}"
    return slug


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... whichever is not yet taken; records it."""
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate

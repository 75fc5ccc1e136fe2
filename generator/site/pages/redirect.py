"""Redirect pages: a small page at each old address that sends the reader on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.resolve.redirects import Redirect
from generator.site.markup import relative
from generator.site.render import PageSpec


def redirect_pages(redirects: Iterable[Redirect], live: Mapping[str, str]) -> list[PageSpec]:
    """One page per redirect, at the old address; ``live`` maps live URLs to docs paths."""
    return [
        PageSpec(
            r.old,
            "redirect.md.j2",
            {
                "redirect": r.relative_target(),
                "target": r.target,
                "target_url": relative(r.old, live[r.target], r.anchor),
            },
        )
        for r in redirects
    ]

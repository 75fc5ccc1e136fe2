"""The committed list of every URL the site has published (``seeds/published-urls.yml``)."""

from __future__ import annotations

from collections.abc import Iterable

from generator.resolve.redirects import Redirect

_HEADER = """\
# Every URL this site has published (relative to site_url), kept by `generator build`.
# `pages` are live; `moved` maps an old URL to where it now redirects. Commit this file.
# A build fails when a URL listed here would disappear without a redirect.
"""


def render_published(live: Iterable[str], redirects: Iterable[Redirect]) -> str:
    """The published list after this build: every live page, then every redirect."""
    lines = [_HEADER, "pages:"]
    lines += [f"  - {url}" for url in sorted(live) if url]  # the home page is always there
    moved = sorted(redirects, key=lambda r: r.old_url)
    lines.append("moved:" + ("" if moved else " {}"))
    lines += [f"  {r.old_url}: {r.target}" + (f"#{r.anchor}" if r.anchor else "") for r in moved]
    return "\n".join(lines) + "\n"

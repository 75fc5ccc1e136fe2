"""The site stage's output: every file of ``docs/``, as bytes, in one rendering pass."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.model import Graph
from generator.progress import SILENT, Progress
from generator.resolve.redirects import Redirect
from generator.site import export, render, web_annotation
from generator.site.pages import all_pages
from generator.site.render import PageSpec
from generator.site.rendercache import RenderCache, context_digest
from generator.site.values import SiteValues

STATIC = Path(__file__).resolve().parents[2] / "templates" / "assets"
#: Pages rendered between two progress updates.
_CHUNK = 200


def render_site(
    graph: Graph,
    site: SiteValues,
    redirects: Sequence[Redirect] = (),
    progress: Progress = SILENT,
    cache: RenderCache | None = None,
) -> dict[str, bytes]:
    """Every output file keyed by its docs-relative path: pages, redirect pages, exports, assets.

    With a ``cache``, a page whose context is unchanged is taken from ``docs/`` as it is.
    """
    progress.note("preparing pages")
    files = _render_pages(all_pages(graph, site, redirects), progress, cache)
    files["data/explainer.json"] = export.export(graph).encode("utf-8")
    files[web_annotation.PATH] = web_annotation.export(graph, site.site_url).encode("utf-8")
    for asset in sorted(STATIC.rglob("*")):
        if asset.is_file():
            files[f"assets/{asset.relative_to(STATIC).as_posix()}"] = asset.read_bytes()
    return files


def _render_pages(
    specs: Sequence[PageSpec], progress: Progress, cache: RenderCache | None
) -> dict[str, bytes]:
    """Render (or reuse) pages in chunks, so that a long build can show how far it got."""
    env = render.environment()
    pages: dict[str, bytes] = {}
    for done, spec in enumerate(specs, start=1):
        digest = context_digest(spec, cache.salt) if cache is not None else None
        data = cache.reuse(spec.path, digest) if cache is not None and digest is not None else None
        if data is None:
            data = render.render_page(spec, env).encode("utf-8")
            if cache is not None and digest is not None:
                cache.note(spec.path, digest, data)
        pages[spec.path] = data
        if done % _CHUNK == 0 or done == len(specs):
            progress.update("rendered", done, len(specs), "pages")
    return pages

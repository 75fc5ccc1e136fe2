"""The site stage's output: every file of ``docs/``, as bytes, in one rendering pass."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.model import Graph
from generator.progress import SILENT, Progress
from generator.resolve.redirects import Redirect
from generator.site import export, render, web_annotation
from generator.site.pages import Planned, page_plan
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
    plan = page_plan(graph, site, redirects, cache.salt if cache is not None else None)
    files = _render_pages(plan, progress, cache)
    files["data/explainer.json"] = export.export(graph).encode("utf-8")
    files[web_annotation.PATH] = web_annotation.export(graph, site.site_url).encode("utf-8")
    for asset in sorted(STATIC.rglob("*")):
        if asset.is_file():
            files[f"assets/{asset.relative_to(STATIC).as_posix()}"] = asset.read_bytes()
    return files


def _render_pages(plan: Sequence[Planned], progress: Progress, cache: RenderCache | None) -> dict[str, bytes]:
    """Render (or reuse) pages in chunks, so that a long build can show how far it got.

    A page is reused by its input key without making its context, else by its context's
    digest without Jinja, else rendered.
    """
    env = render.environment()
    pages: dict[str, bytes] = {}
    for done, planned in enumerate(plan, start=1):
        key = planned.key or ""
        data = cache.reuse_unmade(planned.path, key) if cache is not None and key else None
        if data is None:
            spec = planned.make()
            digest = context_digest(spec, cache.salt) if cache is not None else None
            data = cache.reuse(spec.path, digest, key) if cache is not None and digest is not None else None
            if data is None:
                data = render.render_page(spec, env).encode("utf-8")
                if cache is not None and digest is not None:
                    cache.note(spec.path, digest, data, key)
        pages[planned.path] = data
        if done % _CHUNK == 0 or done == len(plan):
            progress.update("rendered", done, len(plan), "pages")
    return pages

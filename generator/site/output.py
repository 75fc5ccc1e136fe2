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
from generator.site.values import SiteValues

STATIC = Path(__file__).resolve().parents[2] / "templates" / "assets"
#: Pages rendered between two progress updates.
_CHUNK = 200


def render_site(
    graph: Graph, site: SiteValues, redirects: Sequence[Redirect] = (), progress: Progress = SILENT
) -> dict[str, bytes]:
    """Every output file keyed by its docs-relative path: pages, redirect pages, exports, assets."""
    progress.note("preparing pages")
    pages = _render_pages(all_pages(graph, site, redirects), progress)
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files["data/explainer.json"] = export.export(graph).encode("utf-8")
    files[web_annotation.PATH] = web_annotation.export(graph, site.site_url).encode("utf-8")
    for asset in sorted(STATIC.rglob("*")):
        if asset.is_file():
            files[f"assets/{asset.relative_to(STATIC).as_posix()}"] = asset.read_bytes()
    return files


def _render_pages(specs: Sequence[PageSpec], progress: Progress) -> dict[str, str]:
    """Render pages in chunks, so that a long build can show how far it got."""
    env = render.environment()
    pages: dict[str, str] = {}
    for start in range(0, len(specs), _CHUNK):
        pages.update(render.render_pages(specs[start : start + _CHUNK], env))
        progress.update("rendered", len(pages), len(specs), "pages")
    return pages

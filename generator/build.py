"""The build: gather everything, then write (like MkDocs' ``commands/build.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.analyse import analyse_all
from generator.analyse import cache as cache_module
from generator.files import atomic_write
from generator.model import Graph
from generator.progress import SILENT, Progress
from generator.read import glossary, previous, questions, register
from generator.read import redirects as seeds_redirects
from generator.read.articles import read_articles
from generator.resolve import addresses, redirects, resolve
from generator.resolve import pins as pins_module
from generator.site.output import render_site
from generator.site.rendercache import RenderCache
from generator.site.values import SITE_NAME, Evaluation, SiteValues
from generator.write import published, record
from generator.write.tree import MANIFEST, write_tree

#: The register's file name in the seeds folder.
REGISTER = "entities.yml"


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the CLI to report."""

    #: The resolved graph; None when nothing had changed and nothing was read.
    graph: Graph | None
    #: What the graph holds, for the report (kept in the build record, so an unchanged
    #: build can say it without reading the corpus again).
    summary: record.Summary
    written: int
    unchanged: int
    deleted: int


def build(
    seeds: Path,
    docs: Path,
    *,
    cache: Path | None = cache_module.DEFAULT_DIR,
    progress: Progress = SILENT,
    processes: int | None = None,
    site_url: str = "",
) -> BuildResult:
    """Read ``seeds``, analyse, resolve, render, and only then write ``docs``.

    ``cache`` is the analysis cache folder (None: analyse everything, render everything);
    ``processes`` the number of parsing processes (None: one per core); ``site_url`` where
    the site is served (absolute URLs in the annotations and the claim pages' JSON-LD).
    """
    build_record = record.BuildRecord(cache, docs)
    stamp = record.build_stamp(seeds, site_url=site_url)
    last = build_record.current(stamp)
    if last is not None:
        # Same inputs, and docs/ as the last build left it: its output would be the same
        # bytes, so not even the corpus is read (a third of a cold build at 1,000 articles).
        return BuildResult(None, last.summary, 0, last.outputs, 0)
    previous_export = previous.previous_export(docs)
    reg = register.load(seeds / REGISTER)
    pins = pins_module.pins_from(previous_export)
    graph = gather(seeds, pins, reg=reg, cache=cache, progress=progress, processes=processes)
    summary = record.Summary.of(graph, register.unused(reg, {e.id for e in graph.entities}))
    site = site_values(seeds, reg, site_url)
    moves = _redirects(seeds, reg, graph, previous_export)
    pages = RenderCache(cache, docs, render_salt()) if cache is not None else None
    files = render_site(graph, site, moves, progress, pages)
    progress.note(f"writing {len(files)} files")
    written, unchanged, deleted = write_tree(docs, files)
    progress.end()
    if pages is not None:
        pages.save()  # only now: its entries describe what docs/ holds
    _record_published(seeds, addresses.live_urls(graph), moves)
    # Stamped again: the build has just rewritten seeds/published-urls.yml, one of its inputs.
    build_record.save(record.build_stamp(seeds, site_url=site_url), files, summary, also=[MANIFEST])
    return BuildResult(graph, summary, written, unchanged, deleted)


def render_salt() -> str:
    """What every page's rendering depends on besides its context: code, templates, Jinja, Python."""
    import sys
    from importlib.metadata import version

    return " ".join(
        [
            f"code {record.package_code_hash()}",
            f"jinja2 {version('jinja2')}",
            f"markupsafe {version('markupsafe')}",
            f"python {sys.version_info.major}.{sys.version_info.minor}",  # pickle's bytes
        ]
    )


def _redirects(
    seeds: Path,
    reg: register.Register,
    graph: Graph,
    previous: dict[str, Any] | None,
) -> tuple[redirects.Redirect, ...]:
    """Redirects for pages that moved; fails if a published URL would be lost."""
    return redirects.plan(
        graph,
        reg,
        previous,
        seeds_redirects.read_published(seeds, previous),
        seeds_redirects.manual_redirects(seeds),
    )


def _record_published(seeds: Path, live: dict[str, str], moves: tuple[redirects.Redirect, ...]) -> None:
    """Update the committed list of published URLs (after ``docs`` is written)."""
    text = published.render_published(live, moves)
    path = seeds / seeds_redirects.PUBLISHED
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        atomic_write(path, text.encode("utf-8"))  # a killed build never leaves it cut short


def gather(
    seeds: Path,
    pins: dict[str, str] | None = None,
    *,
    reg: register.Register | None = None,
    cache: Path | None = None,
    progress: Progress = SILENT,
    processes: int | None = None,
) -> Graph:
    """Every article read and analysed (cached analyses reused), and the whole graph resolved.

    ``reg`` is the register when the caller has loaded it already, else it is read here.
    """
    articles = read_articles(seeds, root=seeds.parent)
    if reg is None:
        reg = register.load(seeds / REGISTER)
    analyses = analyse_all(
        articles,
        cache=cache_module.AnalysisCache(cache),
        processes=processes,
        on_progress=lambda done, total: progress.update("analysed", done, total, "articles"),
    )
    progress.end()
    return resolve(articles, analyses, reg, pins)


def site_values(seeds: Path, reg: register.Register, site_url: str = "") -> SiteValues:
    """Site-wide values: address, model, recorded evaluation, register size, glossary, questions."""
    from generator.analyse import nlp

    evaluation_path = seeds / "evaluation.json"
    evaluation = json.loads(evaluation_path.read_text("utf-8")) if evaluation_path.exists() else None
    return SiteValues(
        site_name=SITE_NAME,
        site_url=site_url,
        model=nlp.model_id(),
        evaluation=Evaluation.from_json(evaluation) if evaluation is not None else None,
        register_entries=len(reg.entries),
        glossary=glossary.load(seeds / "glossary.yml"),
        questions=questions.load(seeds / "questions.yml"),
    )

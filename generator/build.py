"""The build: gather everything, then write (like MkDocs' ``commands/build.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import export, reader, register, render, resolve, views
from generator.analyse import analyse_all
from generator.model import Graph
from generator.writer import write_tree

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "templates" / "assets"
SITE_NAME = "Annotated news explainer"


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the CLI to report."""

    graph: Graph
    written: int
    unchanged: int
    deleted: int


def build(seeds: Path, docs: Path) -> BuildResult:
    """Read ``seeds``, analyse, resolve, render, and only then write ``docs``."""
    graph = gather(seeds)
    files = render_site(graph, _extra(seeds))
    written, unchanged, deleted = write_tree(docs, files)
    return BuildResult(graph, written, unchanged, deleted)


def gather(seeds: Path) -> Graph:
    """Every article read and analysed, and the whole graph resolved."""
    from generator import nlp

    articles = reader.read_articles(seeds, root=seeds.parent)
    reg = register.load(seeds / "entities.yml")
    analyses = tuple(analyse_all(articles, nlp.load()))
    return resolve.resolve(articles, analyses, reg)


def render_site(graph: Graph, extra: dict[str, Any]) -> dict[str, bytes]:
    """Every output file, as bytes, keyed by its docs-relative path."""
    pages = render.render_pages(views.all_pages(graph, extra))
    files = {path: text.encode("utf-8") for path, text in pages.items()}
    files["data/explainer.json"] = export.export(graph).encode("utf-8")
    for asset in sorted(STATIC.rglob("*")):
        if asset.is_file():
            files[f"assets/{asset.relative_to(STATIC).as_posix()}"] = asset.read_bytes()
    return files


def _extra(seeds: Path) -> dict[str, Any]:
    """Site-wide values for the home and method pages."""
    from generator import nlp

    reg = register.load(seeds / "entities.yml")
    evaluation_path = seeds / "evaluation.json"
    evaluation = json.loads(evaluation_path.read_text("utf-8")) if evaluation_path.exists() else None
    return {
        "site_name": SITE_NAME,
        "model": nlp.model_id(),
        "evaluation": evaluation,
        "register_entries": len(reg.entries),
    }

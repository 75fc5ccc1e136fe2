"""Golden tests for rendering: a fixed article and a fixed, hand-made analysis in, pages out.

The analysis is input (tests/golden/<case>/analysis.json), so these pin the resolve,
view and template stages independently of the NLP. After an intended change to the
pages, regenerate the expected files with ``UPDATE_GOLDEN=1 make pytest`` and review the
diff like any other change.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from generator import resolve
from generator.analyse import cache
from generator.build import render_site
from generator.read import glossary, register
from generator.read.articles import read_article

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "analysis.json").exists())


def _render(case: str) -> dict[str, bytes]:
    folder = GOLDEN / case
    article = read_article(folder / "article.txt", folder)
    article = dataclasses.replace(article, id=case)
    data = json.loads((folder / "analysis.json").read_text(encoding="utf-8"))
    analysis = dataclasses.replace(cache.from_json(data), article=case)
    graph = resolve.resolve([article], [analysis], register.EMPTY)
    extra = {
        "site_name": "Golden explainer",
        "site_url": "https://example.test/golden/",
        "model": "test_model-0.0",
        "evaluation": None,
        "register_entries": 0,
        "glossary": glossary.load(folder / "glossary.yml"),
    }
    files = render_site(graph, extra)
    return {path: data for path, data in files.items() if not path.startswith("assets/")}


def _expected(case: str) -> dict[str, bytes]:
    root = GOLDEN / case / "expected"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES)
def test_rendered_pages_match_the_golden_files(case: str) -> None:
    actual = _render(case)
    if os.environ.get("UPDATE_GOLDEN"):
        root = GOLDEN / case / "expected"
        for path, data in actual.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_bytes(data)
        for stale in set(_expected(case)) - set(actual):
            (root / stale).unlink()
    expected = _expected(case)
    assert sorted(actual) == sorted(expected)
    for path in sorted(expected):
        assert actual[path].decode("utf-8") == expected[path].decode("utf-8"), path


def test_golden_cases_exist() -> None:
    assert CASES, "no golden case found"

"""Golden tests for the resolve and site stages: fixed seeds and analyses in, files out.

One case per feature, each a folder ``tests/golden/<case>/``:

* ``seeds/``: what a maintainer keeps (articles, sidecars, ``entities.yml``,
  ``glossary.yml``, ``questions.yml``, ``redirects.yml``, ``published-urls.yml``);
* ``analysis/<article id>.json``: each article's analysis, fixed as input, so these pin
  resolution, pages and templates independently of the NLP;
* ``previous.json`` (optional): the previous build's export, for pins and redirects;
* ``expected/docs/``: every file the site stage writes (assets aside), and
  ``expected/published-urls.yml``: the published list the build then records.

After an intended change to the pages, regenerate the expected files with
``UPDATE_GOLDEN=1 make pytest`` and review the diff like any other change.
"""

from __future__ import annotations

import os

import pytest

from tests.conftest import GOLDEN, GOLDEN_CASES, render_case

CASES = GOLDEN_CASES
#: The feature each case pins; every case must be listed here, and every feature have a case.
FEATURES = {
    "glossary": "terms marked on the pages that use them, and the glossary page",
    "quote-over-paragraphs": "one quote over several paragraphs: one claim, every part cited",
    "redirects": "moved pages: a merged entity, a re-cut claim, a renamed article, a manual redirect",
    "register": "register merges (aliases, merged_into) and renames",
    "several-articles": "entities across articles, related articles, other positions with common ground",
}


def _expected(case: str) -> dict[str, bytes]:
    """The committed expected files of one case."""
    root = GOLDEN / case / "expected"
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES)
def test_rendered_files_match_the_golden_files(case: str) -> None:
    actual = render_case(GOLDEN / case)
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


def test_there_is_one_case_per_feature() -> None:
    assert sorted(FEATURES) == CASES

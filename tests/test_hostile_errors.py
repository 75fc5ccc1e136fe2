"""Issue 12, errors not tracebacks (items 4-9): exit 2, ``error: file:line: ... hint: ...``.

Each case builds a one-article project, adds the bad file, and expects a clean error naming
the file and line, with docs/ left byte-identical.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_hostile import assert_file_refused, assert_refused, built_once, run_build, snapshot

GLOSSARY_OK = "terms:\n  - term: vote\n    definition: a choice\n"


@pytest.mark.parametrize(
    ("name", "text", "where", "message"),
    [
        pytest.param(
            "a.yml",
            "title: A\ndate: 2022-02-30\n",
            "a.yml:2: ",
            "not a real date",
            id="sidecar-date",
        ),
        pytest.param(
            "a.yml",
            "title: 2022-09-30\n",
            "a.yml:1: ",
            "must be text, not a date",
            id="sidecar-text",
        ),
        pytest.param("a.yml", "publisher: yes\n", "a.yml:1: ", "not true/false", id="sidecar-bool"),
        pytest.param("a.yml", "licence: 1.5\n", "a.yml:1: ", "not a number", id="sidecar-number"),
        pytest.param(
            "entities.yml",
            "entities:\n  joe-biden:\n    description: 2022-02-30\n",
            "entities.yml:3: ",
            "not a real date",
            id="register-date",
        ),
        pytest.param(
            "entities.yml",
            "entities:\n  joe-biden:\n    name: 1984\n",
            "entities.yml:3: ",
            "must be text",
            id="register-number",
        ),
        pytest.param(
            "glossary.yml",
            "terms:\n  - term: vote\n    definition: 2022-02-30\n",
            "glossary.yml:3: ",
            "not a real date",
            id="glossary-date",
        ),
        pytest.param(
            "glossary.yml",
            "terms:\n  - term: vote\n    definition: 2022-09-30\n",
            "glossary.yml:3: ",
            "must be text",
            id="glossary-text",
        ),
        pytest.param(
            "published-urls.yml",
            "pages:\n  - articles/a/\nmoved:\n  entities/x/: 2022-02-30\n",
            "published-urls.yml:4: ",
            "not a real date",
            id="published-date",
        ),
    ],
)
def test_4_a_value_that_is_not_plain_text_is_an_error(
    tmp_path: Path, name: str, text: str, where: str, message: str
) -> None:
    assert_file_refused(tmp_path, name, text, where, message)


@pytest.mark.parametrize("name", ["a.yml", "entities.yml", "glossary.yml", "redirects.yml"])
def test_5_a_folder_named_like_a_yml_file_is_an_error(tmp_path: Path, name: str) -> None:
    seeds, docs = built_once(tmp_path)
    (seeds / name).mkdir()
    assert_refused(seeds, docs, f"{name}: ", "is a folder, not a file")


@pytest.mark.parametrize("name", ["a.yml", "entities.yml", "glossary.yml"])
def test_6_a_fifo_named_like_a_yml_file_is_an_error_not_a_hang(tmp_path: Path, name: str) -> None:
    seeds, docs = built_once(tmp_path)
    os.mkfifo(seeds / name)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(seeds), "--docs", str(docs)]
    # A hang is the failure: the timeout ends the test instead of the suite.
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2, result.stderr
    assert f"{name}: is not a regular file (a pipe or a device), not a file" in result.stderr


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        pytest.param(
            lambda d: d["entities"][0].pop("kind"),
            "entity 1 has no 'kind'",
            id="entity-without-kind",
        ),
        pytest.param(lambda d: d["claims"][0].update(start="7"), "'start' of claim 1", id="wrong-type"),
        pytest.param(lambda d: d.update(articles={}), "'articles' is not a list", id="not-a-list"),
    ],
)
def test_7_a_damaged_previous_export_is_an_error_saying_how_to_rebuild(
    tmp_path: Path, damage: object, message: str
) -> None:
    seeds, docs = built_once(tmp_path)
    path = docs / "data" / "explainer.json"
    data = json.loads(path.read_text("utf-8"))
    damage(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(docs)
    code, _, err = run_build(seeds, docs)
    assert code == 2 and "Traceback" not in err
    assert "explainer.json: the previous build's export is damaged" in err and message in err
    assert "restore it from git" in err and "delete it" in err
    assert snapshot(docs) == before


@pytest.mark.parametrize(
    ("name", "text", "where", "message"),
    [
        pytest.param(
            "a.yml",
            "title: A\nurl: ftp://example.com/\n",
            "a.yml:2: ",
            "must start with http",
            id="sidecar-line",
        ),
        pytest.param("a.yml", "title: A\ntitle: B\n", "a.yml:2: ", "appears twice", id="sidecar-duplicate"),
        pytest.param(
            "glossary.yml",
            GLOSSARY_OK + "  - term: poll\n    definition: a\n    definition: b\n",
            "glossary.yml:6: ",
            "appears twice",
            id="glossary-duplicate",
        ),
        pytest.param(
            "redirects.yml",
            "entities/x/: articles/\nentities/x/: actors/\n",
            "redirects.yml:2: ",
            "appears twice",
            id="redirects-duplicate",
        ),
        pytest.param(
            "published-urls.yml",
            "pages:\n  - articles/a/\nmoved: {}\npages: []\n",
            "published-urls.yml:4: ",
            "appears twice",
            id="published-duplicate",
        ),
        pytest.param(
            "a.yml", "title: A\nlicense: CC BY\n", "a.yml:2: ", "did you mean 'licence'?", id="did-you-mean"
        ),
        pytest.param(
            "entities.yml",
            "entities:\n  joe-biden:\n    alias: [Biden]\n",
            "entities.yml:3: ",
            "did you mean 'aliases'?",
            id="register-did-you-mean",
        ),
    ],
)
def test_8_yml_errors_name_the_line_and_duplicate_keys_are_refused(
    tmp_path: Path, name: str, text: str, where: str, message: str
) -> None:
    assert_file_refused(tmp_path, name, text, where, message)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\u200b\u200b\u200b\n", id="zero-width-spaces"),
        pytest.param("\u2060 \ufeff\u200d\n\u00ad\n", id="joiners-and-soft-hyphen"),
        pytest.param("\u3164\u115f\n", id="hangul-fillers"),
    ],
)
def test_9_an_article_of_only_invisible_characters_is_empty(tmp_path: Path, text: str) -> None:
    seeds, docs = built_once(tmp_path)
    (seeds / "b.txt").write_text(text, encoding="utf-8")
    assert_refused(seeds, docs, "b.txt: ", "the article is empty")

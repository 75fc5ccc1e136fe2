"""Issue 12 item 15 (slow input), issue 14's messy copy (mojibake), and ``make serve``'s address."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

import pytest

from generator.analyse import analyse_doc, pipeline
from generator.analyse.bound import MAX_WORD, bounded
from tests.conftest import ROOT
from tests.test_hostile import run_build

#: Runs and words that spaCy's tokenizer splits one character at a time.
PATHOLOGICAL = {
    "quote-marks": '"' * 5_000,
    "curly-quotes": "“" * 5_000,
    "emoji": "\U0001f980" * 5_000,
    "word-then-quotes": "a" + '"' * 5_000,
    "possessives": "'s" * 2_500,
    "slashed-letters": "a/" * 2_500,
}
SENTENCE = "Joe Biden said “the plan will work” in Washington."


@pytest.mark.parametrize("junk", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_15_pathological_runs_are_bounded_before_spacy_and_offsets_still_map(nlp, junk: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{SENTENCE}\nThey said {junk} and left.\n{SENTENCE}\n"
    safe = bounded(text)
    assert len(safe) == len(text)
    assert [i for i, c in enumerate(safe) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    assert all(a == b or a == " " for a, b in zip(safe, text, strict=True))  # only blanked, never changed
    assert safe.split("\n")[0] == SENTENCE == safe.split("\n")[2]
    doc = next(pipeline.parse([text], nlp, processes=1))
    assert len(doc) < 200  # a few tokens for the junk, not one per character
    analysis = analyse_doc("a", text, doc)
    names = [m.span.slice(text) for m in analysis.mentions if m.role == "name"]
    assert names.count("Joe Biden") == 2 and names.count("Washington") == 2
    quotes = [c.span.slice(text) for c in analysis.claims if c.kind == "direct"]
    assert quotes.count("the plan will work") == 2
    last = analysis.sentences[-1]
    assert last.span.slice(text) == SENTENCE and text.rindex(SENTENCE) == last.span.start


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "U.S.-led talks on https://example.com/a/b-c?x=1 went on!?”",
            None,
            id="prose-untouched",
        ),
        pytest.param("x" * (MAX_WORD + 20), "x" * MAX_WORD, id="long-word-cut"),
        pytest.param("!" * 20, "!!!!" + " " * 12 + "!!!!", id="symbol-run-ends-kept"),
    ],
)
def test_15_bound_keeps_prose_and_cuts_only_what_is_never_prose(text: str, kept: str | None) -> None:
    assert bounded(text).rstrip() == (text if kept is None else kept).rstrip()


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param(
            "The mayor, Ren\u00c3\u0083\u00c2\u00a9e Dubois, said the market would reopen.", id="composed"
        ),
        # The same mojibake with its accented capitals decomposed (A + combining tilde), as
        # text copied through some tools arrives: ftfy only sees it once it is composed.
        pytest.param(
            "The mayor, Ren"
            + unicodedata.normalize("NFD", "\u00c3\u0083\u00c2\u00a9")
            + "e Dubois, said the market would reopen.",
            id="decomposed",
        ),
    ],
)
def test_issue_14_mojibake_is_repaired_with_a_warning_naming_file_and_line(
    tmp_path: Path, broken: str
) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"Markets in the town were closed.\n{broken}\n", encoding="utf-8")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    warning = rf"^warning: {re.escape(str(seeds / 'a.txt'))}:2: repaired mis-encoded text: .*Renée"
    assert re.search(warning, err, re.M)
    data = json.loads((docs / "data" / "explainer.json").read_text("utf-8"))
    text = data["articles"][0]["text"]
    assert "The mayor, Renée Dubois, said" in text and "\u00c3" not in text and "\u0303" not in text
    assert any(e["name"] == "Renée Dubois" for e in data["entities"])


def test_make_serve_serves_the_preview_at_the_address_the_readme_gives() -> None:
    from mkdocs.config import load_config

    dry = subprocess.run(["make", "-n", "serve"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    line = next(x for x in dry.splitlines() if "mkdocs serve" in x)
    words = shlex.split(line)
    env = dict(w.split("=", 1) for w in words[: next(i for i, w in enumerate(words) if "=" not in w)])
    address = words[words.index("--dev-addr") + 1]
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"| `make serve` | live preview at <http://{address}>" in readme
    saved = dict(os.environ)
    try:
        os.environ.update(env)
        site_url = str(load_config(str(ROOT / "mkdocs.yml")).site_url)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert urlparse(site_url).path == "/"  # mkdocs serve serves at site_url's path

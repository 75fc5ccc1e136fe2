"""The PolNeAR scorer (generator/evaluation/polnear.py) on a tiny split of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.evaluation import polnear

#: Two documents written for this test: a quote with its speaker named after it, and one whose
#: gold source is another person than the one the text's cue names (a wrong speaker for us).
DOCS = {
    "a": (
        '"We will rebuild the bridge," Mayor Ann Lee said on Monday.',
        "We will rebuild the bridge",
        "Mayor Ann Lee",
    ),
    "b": ('Tom Becker met Ruth Lee. "The deal is done," Becker said.', "The deal is done", "Ruth Lee"),
}


def _split(folder: Path) -> Path:
    """The documents as PolNeAR JSON files, as the eval data holds them."""
    for doc_id, (text, content, source) in DOCS.items():
        c, s = text.index(content), text.index(source)
        item = {
            "content": [{"start": c, "end": c + len(content)}],
            "source": [{"start": s, "end": s + len(source)}],
            "has_quote_marks": True,
        }
        data = {"doc_id": doc_id, "text": text, "attributions": [item]}
        (folder / f"{doc_id}.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_quotes_and_speakers_are_scored(tmp_path: Path) -> None:
    (table,), errors = polnear.evaluate_verbose(_split(tmp_path))
    rows = {r.label: r for r in table.rows}
    assert rows["quotes"].f1 == pytest.approx(1.0)
    assert rows["quote + speaker (span)"].f1 == pytest.approx(0.5)
    assert [e.split()[:2] for e in errors] == [["SPK", "b"]]


def _scores(out: str) -> list[str]:
    """The printed lines, without the timing note (which differs between runs)."""
    return [line.split("spaCy ")[0] for line in out.splitlines()]


@pytest.mark.parametrize("verbose", [False, True])
def test_a_cached_run_prints_what_a_fresh_one_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verbose: bool
) -> None:
    split, cache = _split(tmp_path), tmp_path / "cache" / "parses.docbin"
    flags = ["-v"] if verbose else []
    polnear.main([*flags, str(split)])
    fresh = capsys.readouterr().out
    polnear.main([*flags, "--cache", str(cache), str(split)])
    written = capsys.readouterr().out
    assert cache.is_file()
    polnear.main([*flags, "--cache", str(cache), str(split)])
    read = capsys.readouterr().out
    assert _scores(fresh) == _scores(written) == _scores(read)
    assert ("SPK b" in fresh) is verbose

"""The JSON export (``data/explainer.json``): the contract other tools rely on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.read import previous
from generator.resolve.pins import pins_from
from generator.site import jsontext
from generator.site.export import VERSION, export
from tests.conftest import GOLDEN, marked_graph, render_case

GRAPH = marked_graph({"a": ["“{We will win},” [Putin] said in [Moscow]."]}, {"Moscow": "region"})


def _data() -> dict[str, Any]:
    """The export of GRAPH, read back."""
    return json.loads(export(GRAPH))  # type: ignore[no-any-return]


def test_every_record_has_exactly_the_documented_fields() -> None:
    data = _data()
    assert data["version"] == VERSION == 2
    assert data["articles"] == [
        {
            "id": "a",
            "title": "“We will win,” Putin said in Moscow.",
            "source": "seeds/a.txt",
            "text": "“We will win,” Putin said in Moscow.\n",
            "url": "articles/a/",
            "date": None,
            "publisher": None,
        }
    ]
    assert data["entities"][1] == {
        "id": "putin",
        "kind": "person",
        "name": "Putin",
        "aliases": [],
        "description": None,
        "wikidata": None,
        "epithets": [],
        "joined": [],
        "url": "entities/putin/",
        "mentions": [{"article": "a", "start": 15, "end": 20, "role": "name"}],
    }
    assert data["claims"] == [
        {
            "id": "we-will-win-9ceb55",
            "article": "a",
            "start": 1,
            "end": 12,
            "kind": "direct",
            "speaker": "putin",
            "speaker_span": {"start": 15, "end": 20},
            "cue_span": {"start": 21, "end": 25},
            "about": [],
            "topics": [],
            "parts": [{"start": 1, "end": 12}],
            "url": "claims/we-will-win-9ceb55/",
        }
    ]


def test_offsets_index_the_article_text() -> None:
    data = _data()
    text = data["articles"][0]["text"]
    claim = data["claims"][0]
    # For a direct quote, text[start:end] is the words inside the quote marks.
    assert text[claim["start"] : claim["end"]] == "We will win"
    assert text[claim["cue_span"]["start"] : claim["cue_span"]["end"]] == "said"
    assert [text[m["start"] : m["end"]] for e in data["entities"] for m in e["mentions"]] == [
        "Moscow",
        "Putin",
    ]


def test_a_quote_over_paragraphs_lists_every_part() -> None:
    data = json.loads(render_case(GOLDEN / "quote-over-paragraphs")["docs/data/explainer.json"])
    text = data["articles"][0]["text"]
    quote = next(c for c in data["claims"] if c["kind"] == "direct")
    assert [text[p["start"] : p["end"]] for p in quote["parts"]] == [
        "We have built more schools this year than in the ten years before.",
        "Next year we will build twice as many",
    ]
    # Version 2: the claim spans all its parts, from the first's start to the last's end.
    assert (quote["start"], quote["end"]) == (quote["parts"][0]["start"], quote["parts"][-1]["end"])


def test_the_export_is_the_same_bytes_every_time() -> None:
    again = marked_graph({"a": ["“{We will win},” [Putin] said in [Moscow]."]}, {"Moscow": "region"})
    assert export(again) == export(GRAPH)
    assert export(GRAPH).endswith("}\n") and "\\u" not in export(GRAPH)  # UTF-8 as written, not escapes


@pytest.mark.parametrize(("version", "read"), [(1, True), (2, True), (3, False)])
def test_an_older_export_still_pins_ids(tmp_path: Path, version: int, read: bool) -> None:
    (tmp_path / "data").mkdir()
    entity = {
        "id": "the-president",
        "kind": "person",
        "name": "Jane Doe",
        "aliases": ["J. Doe"],
        "url": "entities/the-president/",
        "mentions": [],
    }
    data = {"version": version, "articles": [], "entities": [entity], "claims": []}
    (tmp_path / "data" / "explainer.json").write_text(json.dumps(data), encoding="utf-8")
    pinned = set(pins_from(previous.previous_export(tmp_path)).values())
    assert pinned == ({"the-president"} if read else set())


@pytest.mark.parametrize(
    "value",
    [
        {"a": [1, "two", None], "b": {}, "c": [], "d": {"e": [{"f": 'ünïcødé "q" \\ </x>'}]}},
        [{"x": 1.5, "y": [True, False]}, "s"],
        "plain",
        {"n": {"m": {"k": [[1, 2], []]}}},
    ],
)
def test_the_export_layout_reads_back_as_the_same_data(value: Any) -> None:
    text = jsontext.dumps(value)
    assert json.loads(text) == value
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_every_record_of_the_export_is_one_line() -> None:
    text = export(GRAPH)
    lines = text.splitlines()
    data = json.loads(text)
    for kind in ("articles", "entities", "claims"):
        for record in data[kind]:
            one_line = json.dumps(record, ensure_ascii=False)
            assert sum(1 for line in lines if line.strip().rstrip(",") == one_line) == 1
    assert lines[:2] == ["{", ' "version": 2,']


def test_a_key_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({1: "x"})

"""The word lists in generator/data/: one loader, and every list documented with its source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.analyse.lexicon import lists

DATA = Path(__file__).resolve().parent.parent / "generator" / "data"
LISTS = sorted(p.name for p in DATA.iterdir() if p.suffix in {".txt", ".tsv"})


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of one's own for the loader, its caches emptied before and after."""
    monkeypatch.setattr(lists, "DATA", tmp_path)
    for loader in (lists.lines, lists.words, lists.exact):
        loader.cache_clear()
    yield tmp_path
    for loader in (lists.lines, lists.words, lists.exact):
        loader.cache_clear()


def test_entries_skip_comments_and_blank_lines(data: Path) -> None:
    (data / "a.txt").write_text(
        "# a comment\n\n  Prime Minister  \nU.S.\n\t\n  # indented: an entry\n", "utf-8"
    )
    assert lists.lines("a.txt") == ("Prime Minister", "U.S.", "# indented: an entry")
    assert lists.exact("a.txt") == frozenset({"Prime Minister", "U.S.", "# indented: an entry"})
    assert lists.words("a.txt") == frozenset({"prime minister", "us", "indented an entry"})


def test_rows_are_tab_separated(data: Path) -> None:
    (data / "b.tsv").write_text("# word\tgender\nmr.\tm\n mrs. \t f \n", "utf-8")
    assert lists.rows("b.tsv") == (("mr.", "m"), ("mrs.", "f"))


def test_a_list_is_read_once(data: Path) -> None:
    (data / "c.txt").write_text("one\n", "utf-8")
    assert lists.lines("c.txt") == ("one",)
    (data / "c.txt").write_text("two\n", "utf-8")
    assert lists.lines("c.txt") == ("one",)


@pytest.mark.parametrize("name", LISTS)
def test_every_list_says_what_it_is_and_where_it_comes_from(name: str) -> None:
    head = (DATA / name).read_text("utf-8").splitlines()[0]
    readme = (DATA / "README.md").read_text("utf-8")
    assert head.startswith("# ") and f"`{name}`" in readme


@pytest.mark.parametrize("name", LISTS)
def test_every_list_has_entries_once(name: str) -> None:
    entries = lists.lines(name)
    assert entries and len(set(entries)) == len(entries)

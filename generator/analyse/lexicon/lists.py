"""The word lists in ``generator/data/`` (see its README): one cached loader for all of them.

A list is read once per process, on first use, so a rule costs only set look-ups.
"""

from __future__ import annotations

import functools
from pathlib import Path

from generator.analyse.lexicon.text import fold

DATA = Path(__file__).resolve().parents[2] / "data"


@functools.cache
def lines(filename: str) -> tuple[str, ...]:
    """The entries of a data file: its non-blank lines not starting with "#", stripped, in order."""
    text = (DATA / filename).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@functools.cache
def words(filename: str) -> frozenset[str]:
    """The folded entries of a one-word-or-phrase-per-line list (matched by ``fold``)."""
    return frozenset(fold(line) for line in lines(filename))


@functools.cache
def exact(filename: str) -> frozenset[str]:
    """The entries of a list as written (matched on spaCy's lower-case word or lemma)."""
    return frozenset(lines(filename))


def rows(filename: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated cells of each entry of a ``.tsv`` list, stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines(filename))

"""The text spaCy parses: pathological stretches blanked out, every character offset kept.

spaCy's tokenizer strips prefixes and suffixes one at a time, copying the rest of the
string each time, so a run of thousands of quote marks, brackets or emoji (or ``'s's's``)
costs time quadratic in its length: 19,000 quote marks took 43 s. A word made of
one-character pieces (``a/a/a``) is cheap to split but gives one token per character,
four times the tokens of prose. Neither is ever prose, so before parsing:

* a run of more than ``MAX_SYMBOL_RUN`` symbols (neither letter, digit nor white space)
  keeps its first and last ``MAX_SYMBOL_RUN // 2``; the middle becomes spaces;
* a word (a run without white space) keeps its first ``MAX_WORD`` characters and its first
  ``MAX_WORD_SYMBOLS`` symbols; the rest of it becomes spaces.

The result has the same length and the same line breaks, so every offset spaCy gives
indexes the article's own text; the analysis reads the words from that text, never from
here. Measured in ``benchmarks/pathological.py``.
"""

from __future__ import annotations

import re

#: Longer runs of symbols are cut ("?!", "...", "--" and "“‘" stay whole).
MAX_SYMBOL_RUN = 8
#: No word or web address in news text is longer (the longest English words have ~45).
MAX_WORD = 100
#: Symbols kept in one word: "U.S.-led" has 4, a long web address ~15.
MAX_WORD_SYMBOLS = 16

_SYMBOL = r"[^\w\s]"
_SYMBOL_RUN = re.compile(f"{_SYMBOL}{{{MAX_SYMBOL_RUN + 1},}}")
_SYMBOLS = re.compile(_SYMBOL)
_WORD = re.compile(r"\S+")


def bounded(text: str) -> str:
    """``text`` with pathological runs and words blanked out; same length, same line breaks."""
    text = _SYMBOL_RUN.sub(_cut_run, text)
    return _WORD.sub(_cut_word, text)


def _cut_run(match: re.Match[str]) -> str:
    """A long run of symbols: its two ends, spaces between."""
    run, keep = match.group(), MAX_SYMBOL_RUN // 2
    return run[:keep] + " " * (len(run) - 2 * keep) + run[-keep:]


def _cut_word(match: re.Match[str]) -> str:
    """A word, cut after ``MAX_WORD`` characters or ``MAX_WORD_SYMBOLS`` symbols."""
    word = match.group()
    if len(word) <= MAX_WORD and len(word) <= MAX_WORD_SYMBOLS:
        return word  # too short to break either limit: the common case, checked first
    end = min(len(word), MAX_WORD)
    symbols = list(_SYMBOLS.finditer(word, 0, end))
    if len(symbols) > MAX_WORD_SYMBOLS:
        end = symbols[MAX_WORD_SYMBOLS].start()
    return word[:end] + " " * (len(word) - end)

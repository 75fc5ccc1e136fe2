"""Stage 2c, glued words: what the tokenizer glued to a name, or a name to, is cut off it.

spaCy keeps some words whole that are no part of a name: a letter that opens a compound
("Bernie Sanders T" + "-shirts"), a suspended hyphen ("a Sanders- and Warren-style
candidate"), two quotations with no space between them ("... PARTY’“Mr."). A line in
capitals ("THE OTHER SIDE OF THE BEACH HOUSE PARTY") is a headline or a shout, whose
capitalised words name nothing by their capitals; a known abbreviation in it ("NATO")
still does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.lexicon import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Opening quote marks, never an apostrophe ("O’Brien" holds ’): inside a word they glue two
#: quotations together.
_OPENING = "“«„\""
#: Tokens of a line in capitals looked at either side of a candidate for a small word ("OF").
_REACH = 4


def unglue(doc: Doc, cand: Cand) -> Cand:
    """The candidate ended before a glued compound letter, a glued quotation or a suspended hyphen."""
    for k in range(cand.start, cand.end):
        if _quote_inside(doc[k].text) or (k > cand.start and _compound_letter(doc, k)):
            return replace(cand, end=k)
    if doc[cand.end - 1].text.endswith("-") and len(doc[cand.end - 1].text) > 1:
        return replace(cand, end=cand.end - 1)  # "Sanders-" (and "Warren-style"): a modifier's half
    return cand


def shouted(doc: Doc, cand: Cand) -> bool:
    """True for a run of capitals in a line of capitals ("THE OTHER SIDE OF THE BEACH HOUSE").

    That is two words or more, all in capitals and none a known abbreviation, with a small
    word (spaCy's stop word: "OF", "THE") in capitals beside them: names in capitals keep
    their small words in lower case only in running text.
    """
    words = doc[cand.start : cand.end]
    if len(words) < 2 or not all(t.text.isupper() for t in words) or gazetteer.abbreviation(words.text):
        return False
    around = [*doc[max(cand.start - _REACH, 0) : cand.start], *doc[cand.end : cand.end + _REACH]]
    return any(t.is_stop and t.is_alpha and t.text.isupper() and len(t.text) > 1 for t in around)


def _quote_inside(word: str) -> bool:
    """True for a word with an opening quote mark after its first character ("PARTY’“Mr")."""
    return any(c in _OPENING for c in word[1:])


def _compound_letter(doc: Doc, k: int) -> bool:
    """True for one capital letter glued by a hyphen to a lower-case word ("T" + "-" + "shirts")."""
    return (
        len(doc[k].text) == 1
        and doc[k].text.isupper()
        and k + 2 < len(doc)
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
        and doc[k + 2].text[:1].islower()
    )

"""Stage 2a, glued words: what the tokenizer glued to a name, or a name to, is cut off it.

spaCy keeps some words whole that are no part of a name: a letter that opens a compound
("Bernie Sanders T" + "-shirts"), a suspended hyphen ("a Sanders- and Warren-style
candidate"), two quotations with no space between them ("... PARTY’“Mr."), a quote mark
left open ('George "Jay'). Words in capitals are :mod:`~.furniture`'s to judge.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.entities.nicknames import OPENING, unclosed_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def unglue(doc: Doc, cand: Cand) -> Cand:
    """The candidate ended before a glued compound letter, a glued quotation, a suspended hyphen.

    Or before a quote mark it leaves unbalanced ('George "Jay' is George): no name holds one.
    """
    quote = unclosed_quote(doc, cand)
    if quote is not None:
        cand = replace(cand, end=quote)
        if cand.end <= cand.start:
            return cand
    for k in range(cand.start, cand.end):
        if _quote_inside(doc[k].text) or (k > cand.start and _compound_letter(doc, k)):
            return replace(cand, end=k)
    if doc[cand.end - 1].text.endswith("-") and len(doc[cand.end - 1].text) > 1:
        return replace(cand, end=cand.end - 1)  # "Sanders-" (and "Warren-style"): a modifier's half
    return cand


def _quote_inside(word: str) -> bool:
    """True for a word with an opening quote mark after its first character ("PARTY’“Mr").

    Inside a word such a mark glues two quotations together.
    """
    return any(c in OPENING for c in word[1:])


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

"""Stage 2c, glued words: what the tokenizer glued to a name, or a name to, is cut off it.

spaCy keeps some words whole that are no part of a name: a letter that opens a compound
("Bernie Sanders T" + "-shirts"), a suspended hyphen ("a Sanders- and Warren-style
candidate"), two quotations with no space between them ("... PARTY’“Mr."). A line in
capitals ("THE OTHER SIDE OF THE BEACH HOUSE PARTY") is a headline or a shout, whose
capitalised words name nothing by their capitals; a known abbreviation in it ("NATO")
still does, and so do words the article also writes in running text ("JO MARSH" beside
"Jo Marsh"), as in a Title-Case headline.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.lexicon import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Opening quote marks, never an apostrophe ("O’Brien" holds ’): inside a word they glue two
#: quotations together.
_OPENING = '“«„"'
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

    That is words all in capitals, no known abbreviation or name ("NATO"), with a small word
    (spaCy's stop word: "OF", "THE"; no abbreviation: "US", "IT") in capitals near them:
    running text writes its small words in lower case, around names in capitals too.
    """
    words = doc[cand.start : cand.end]
    if not all(t.text.isupper() for t in words) or _known(words.text) or _written_small(doc, words.text):
        return False
    around = [*doc[max(cand.start - _REACH, 0) : cand.start], *doc[cand.end : cand.end + _REACH]]
    return any(_small_word(t) for t in around)


def _written_small(doc: Doc, words: str) -> bool:
    """True when the article also writes the words in running text ("HILLARY CLINTON", "Hillary Clinton")."""
    pattern = re.compile(r"\b" + re.escape(words) + r"\b", re.IGNORECASE)
    return any(not m.group().isupper() for m in pattern.finditer(doc.text))


def _small_word(tok: Token) -> bool:
    """True for a small word in capitals ("OF", "THE"), no abbreviation ("US") nor a letter ("A")."""
    return tok.is_stop and tok.is_alpha and tok.text.isupper() and len(tok) > 1 and not _known(tok.text)


def _known(words: str) -> bool:
    """True for an abbreviation or a name the lexicon knows ("NATO", "US")."""
    return bool(gazetteer.abbreviation(words) or gazetteer.known_kind(words) or gazetteer.country(words))


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

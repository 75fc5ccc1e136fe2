"""Stage 4c, compounds: a word that only ever stands in a common noun's compound names no one.

The model takes the capitalised word of a compound for a body: "the Cadillac tax" (a tax
named after a car, no mention of the car maker), "a super PAC" (a kind of committee, no
one committee). A one-word organisation that the article writes at least twice, every time
right before the same lower-case noun and never in a longer name, is such a word (unless
the tables know it or it is written in capitals: "Twitter account" and "PPIC poll" twice
are still the platform and the institute); so is
one that forms, with the word before or after it, a compound English uses as a common
noun (``data/entity_common_compounds.txt``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.lexicon import gazetteer, lists
from generator.analyse.lexicon.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Fewest times a word must stand before its noun for that to be how the article uses it.
_MIN_USES = 2


def without_compound_words(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """The candidates, less one-word bodies that only stand in a common noun's compound."""
    longer = {fold(t.text) for c in cands if c.end - c.start > 1 for t in doc[c.start : c.end]}
    return [c for c in cands if not _compound_word(doc, c, longer)]


def _compound_word(doc: Doc, cand: Cand, longer: set[str]) -> bool:
    """True for a one-word body that is a listed compound's part, or always one noun's modifier."""
    if cand.end - cand.start != 1 or cand.kind != "organization":
        return False
    word = doc[cand.start].text
    before = doc[cand.start - 1].text if cand.start > 0 else ""
    after = doc[cand.end].text if cand.end < len(doc) else ""
    listed = lists.words("entity_common_compounds.txt")
    if fold(f"{before} {word}") in listed or fold(f"{word} {after}") in listed:
        return True
    if fold(word) in longer or gazetteer.known_kind(word) or gazetteer.alias(word) or word.isupper():
        return False  # "Twitter account", "PPIC poll" twice: still the platform, the institute
    nouns = {_noun_after(doc, t.i) for t in doc if t.text == word}
    uses = sum(1 for t in doc if t.text == word)
    return uses >= _MIN_USES and len(nouns) == 1 and None not in nouns


def _noun_after(doc: Doc, i: int) -> str | None:
    """The lower-case common noun right after token ``i``, if there is one."""
    if i + 1 >= len(doc):
        return None
    after = doc[i + 1]
    return after.lower_ if after.pos_ == "NOUN" and after.text.islower() else None

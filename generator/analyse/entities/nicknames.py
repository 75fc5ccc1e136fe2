"""Stage 1a, nicknames: a quoted nickname inside a person's name joins the name's two halves.

spaCy often ends a name inside its quoted nickname ('George "Jay"' + "Keyworth"), and the
cut leaves a page named 'George "Jay'. A given name, the nickname in quotes (one or two
capitalised words) and a capitalised word right after are one mention; its display name
leaves the nickname out (:func:`generator.analyse.lexicon.names.canonical`). A quote mark
left unbalanced in a candidate ends it (:func:`unclosed_quote`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.lexicon import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Opening marks and the closing marks that answer them (straight quotes answer themselves).
_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“"}
#: Opening quote marks, never an apostrophe ("O’Brien" holds ’).
OPENING = frozenset(_PAIRS)
#: Most words a nickname takes ("Magic", "Big Dog").
_NICKNAME_WORDS = 2


def with_nicknames(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Candidates around a quoted nickname joined into one person ('George "Jay" Keyworth')."""
    out = list(cands)
    for before, after in _nickname_gaps(doc):
        near = [c for c in out if c.end > before and c.start <= after]
        if not any(c.start <= before < c.end for c in near) or not any(
            c.start <= after < c.end for c in near
        ):
            continue
        joined = Cand(min(c.start for c in near), max(c.end for c in near), "PERSON")
        out = sorted([c for c in out if c not in near] + [joined], key=lambda c: (c.start, c.end))
    return out


def _nickname_gaps(doc: Doc) -> list[tuple[int, int]]:
    """Token indexes of the given name before each quoted nickname and of the word after it."""
    gaps: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 2):
        close = _PAIRS.get(doc[i].text)
        if close is None or not gazetteer.first_name(doc[i - 1].text):
            continue
        for j in range(i + 2, min(i + 2 + _NICKNAME_WORDS, len(doc) - 1)):
            words = doc[i + 1 : j]
            if doc[j].text == close and all(t.is_alpha and t.text[:1].isupper() for t in words):
                if doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper():
                    gaps.append((i - 1, j + 1))
                break
    return gaps


def unclosed_quote(doc: Doc, cand: Cand) -> int | None:
    """The token of a quote mark the candidate opens and never closes (or closes unopened), else None."""
    opened: tuple[int, str] | None = None
    for k in range(cand.start, cand.end):
        text = doc[k].text
        if opened is not None and text == opened[1]:
            opened = None
        elif text in _PAIRS:
            opened = (k, _PAIRS[text])
        elif text in ("”", "»"):
            return k
    return opened[0] if opened else None

"""Stage 2, spans (continued): two names the model took as one across a comma.

spaCy keeps some lists and appositions whole: "Nordstrom, Lord & Taylor" (two stores),
"Politico, Democratic Party" (a source and the body it reports on). A comma parts two names
unless the second qualifies the first: a bigger place ("Springfield, Illinois", "Paris,
France", "Washington, D.C."), a name suffix ("Jo Marsh, Jr.") or a company's ("Acme, Inc.").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.entities.shapes import is_acronym
from generator.analyse.lexicon import gazetteer, lists
from generator.analyse.lexicon.kinds import head_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def split_at_commas(doc: Doc, cand: Cand) -> list[Cand]:
    """The candidate's names parted at its commas ("Nordstrom" and "Lord & Taylor"), else itself.

    Only when every part opens with a capital and no part qualifies the one before it,
    and the whole is no name the lexicon knows.
    """
    commas = [k for k in range(cand.start + 1, cand.end - 1) if doc[k].text == ","]
    whole = doc[cand.start : cand.end]
    if not commas or gazetteer.known_kind(whole.text) or gazetteer.alias(whole.text):
        return [cand]
    bounds = [cand.start, *commas, cand.end]
    parts = [doc[a + (a != cand.start) : b] for a, b in pairwise(bounds)]
    if not all(len(p) and p[0].text[:1].isupper() for p in parts):
        return [cand]
    if any(_qualifies(before, after) for before, after in pairwise(parts)):
        return [cand]
    return [replace(cand, start=p.start, end=p.end) for p in parts]


def _qualifies(before: Span, after: Span) -> bool:
    """True when ``after`` is a place, suffix or company word qualifying ``before`` ("Paris, France")."""
    text = after.text
    abbreviated = gazetteer.abbreviation(text)
    if (
        gazetteer.place(text)
        or gazetteer.country(text)
        or (abbreviated and abbreviated[1] in ("country", "region"))
    ):
        return True  # "Springfield, Illinois", "Reno, Nev.": a place in a bigger one
    if gazetteer.place(before.text) and is_acronym(text):
        return True  # "Washington, D.C."
    # "Jo Marsh, Jr.", "Acme, Inc.": a name suffix or a company word
    return len(after) == 1 and (
        text.lower().rstrip(".") in lists.words("entity_name_suffixes.txt")
        or head_kind([text]) == "organization"
    )

"""Stage 2, spans (continued): a name that runs on into where the body is.

spaCy often takes "Hofstra University on Long Island" or "the Museum of Art at Acme
College" as one name. Names hold no lower-case "in", "on" or "at" after their head word,
so a name headed by an organisation or place word ends there when what follows is a
place or a body of its own (the place, or the body the first one belongs to).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.entities.shapes import is_proper_run
from generator.analyse.lexicon import gazetteer
from generator.analyse.lexicon.kinds import head_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Prepositions that say where a body or building is ("University on Long Island").
_WHERE = frozenset({"in", "on", "at"})


def split_located(doc: Doc, cand: Cand) -> list[Cand]:
    """A headed name and the place after its "in", "on" or "at" as two candidates, else one.

    Only where the rest is a place the gazetteer knows or has a head of its own: a
    "Committee on Foreign Relations" is about its topic, not in it. After "at" a bare place
    is a campus, part of the name ("University of California at Berkeley").
    """
    for k in range(cand.start + 1, cand.end - 1):
        if doc[k].text not in _WHERE or not head_kind([t.text for t in doc[cand.start : k]]):
            continue
        rest = doc[k + 1 : cand.end]
        own = head_kind([t.text for t in rest])
        if not is_proper_run(rest) or not (own or (doc[k].text != "at" and gazetteer.place(rest.text))):
            return [cand]
        label = "ORG" if own == "organization" else "GPE"
        return [replace(cand, end=k), replace(cand, start=k + 1, label=label)]
    return [cand]

"""Stage 2, spans (continued): a name that runs on into where the body is.

spaCy often takes "Hofstra University on Long Island" or "the Museum of Art at Acme
College" as one name. Names hold no lower-case "in", "on" or "at" after their head word,
so a name headed by an organisation or place word ends there when what follows is a
place or a body of its own (the place, or the body the first one belongs to). Likewise
"Travis Kalanick of Uber": a given name and a surname end a person's name, and the "of"
after them says where the person works or comes from, and "Victoria at Sandy Hook": no
person's name holds a lower-case "at", "in" or "on".
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
    person = _person_of(doc, cand) or _person_at(doc, cand)
    if person is not None:
        return person
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


def _person_at(doc: Doc, cand: Cand) -> list[Cand] | None:
    """A person's name, then "at", "in" or "on" and a proper name: the person and where.

    People's names hold no such lower-case word ("Victoria at Sandy Hook" is Victoria, and
    the place she was at); what follows is a body by its head word or the lexicon, else a place.
    """
    if cand.label != "PERSON":
        return None
    k = next((i for i in range(cand.start + 1, cand.end - 1) if doc[i].text in _WHERE), None)
    if k is None or not is_proper_run(doc[cand.start : k]) or not is_proper_run(doc[k + 1 : cand.end]):
        return None
    rest = doc[k + 1 : cand.end].text
    body = head_kind(rest.split()) == "organization" or gazetteer.known_kind(rest) == "organization"
    return [replace(cand, end=k), replace(cand, start=k + 1, label="ORG" if body else "GPE")]


def _person_of(doc: Doc, cand: Cand) -> list[Cand] | None:
    """A given name and surname, then "of" and a proper name: the person and the body or place.

    The person has two or three words, the first a given name and none an organisation's or
    place's head ("Catherine of Aragon", one word, and "Bank of England" stay whole).
    """
    words = [t.text for t in doc[cand.start : cand.end]]
    k = next((i for i, w in enumerate(words) if w == "of"), 0)
    rest = doc[cand.start + k + 1 : cand.end]
    if (
        not 2 <= k <= 3
        or not gazetteer.first_name(words[0])
        or head_kind(words[:k])
        or not is_proper_run(rest)
    ):
        return None
    if not all(w[:1].isupper() for w in words[:k]):
        return None
    label = "GPE" if gazetteer.place(rest.text) else "ORG"
    return [
        replace(cand, end=cand.start + k, label="PERSON"),
        replace(cand, start=cand.start + k + 1, label=label),
    ]

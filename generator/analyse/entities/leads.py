"""Words before a person's full name that are no part of it ("Majority Whip Jo Marsh").

A run of capitalised words before a given name and a surname is a title the title list
does not hold ("Minority Whip", "Senate Intelligence Ranking Democrat"), a place ("N.J.")
or an epithet ("Celebrities"): the name is the given name and what follows. This holds for
the model's persons and for the proper-noun runs it left unlabelled, whenever the first word
is no given name and no initial; the model's organisations and places stay whole ("Acme
Taj Mahal", "Time Warner Cable").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.entities.shapes import given_name_first
from generator.analyse.lexicon import gazetteer
from generator.analyse.lexicon.kinds import is_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Labels of runs that may be a person's name with words before it: spaCy's person, and a
#: proper-noun run it left unlabelled.
_PERSON_LABELS = frozenset({"PERSON", "UNK"})


def full_name_start(doc: Doc, start: int, end: int, label: str) -> int:
    """Where a full person name closing the span starts, when only other words come before it."""
    first = doc[start].text
    if label not in _PERSON_LABELS or end - start < 3 or gazetteer.first_name(first) or _initial(first):
        return start
    for k in range(start + 1, end - 1):
        words = [t.text for t in doc[k:end]]
        # "North Dakota Sen.": the given name ("Dakota") ends a place, and a title the span.
        if (
            given_name_first(words)
            and not is_title(words[-1])
            and not gazetteer.place(doc[start : k + 1].text)
        ):
            return k
    return start


def _initial(word: str) -> bool:
    """A given name's initial ("C.", "J."): the name starts with it."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."

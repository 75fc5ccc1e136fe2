"""Stage 2, spans (continued): an owner's possessive before an organisation's name.

"Lasry's Avenue Capital Group" is the group that Lasry runs: the page is the group's,
and the same as for "Avenue Capital Group" elsewhere. A possessive inside a body's own name
("Moody's Investors Service", "Macy's Inc.") stays, so the cut needs the article's word
for it: the owner is named as a person elsewhere ("Marc Lasry"), or the body's name is
written without the owner.

Any other possessive inside a span joins two things the model ran together: an owner and
what is said to be the owner's ("Marsh's Ohio chairman", "Lind's 2008 run", "Marsh's
Jewish voters"). The name is the part after it when the article writes that as a name
alone or it is a known place, else the owner when the article writes the owner alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.analyse.entities.shapes import is_proper_run
from generator.analyse.lexicon import english, gazetteer
from generator.analyse.lexicon.kinds import head_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Fewest words of the body's name after the possessive: one word ("Inc.") is the owner's name's.
_BODY_WORDS = 2
#: The possessive ending as spaCy splits it off ("Marsh" + "'s").
_POSSESSIVES = frozenset({"'s", "’s", "‘s"})


def owned_body(doc: Doc, start: int, k: int, end: int) -> bool:
    """True when tokens ``start:k`` are an owner and ``k+1:end`` a body it owns ("Lasry" ’s "Acme Group").

    Token ``k`` is the possessive; the caller has checked the body's head word.
    """
    body = doc[k + 1 : end]
    if len(body) < _BODY_WORDS or k - start != 1:
        return False
    apart = doc.text.count(body.text) > doc.text.count(doc[start:end].text)
    return apart or named_person(doc, doc[start].text)


def named_person(doc: Doc, word: str) -> bool:
    """True when the article writes ``word`` after a given name: a person's surname ("Marc Lasry")."""
    return any(
        tok.text == word
        and tok.i > 0
        and doc[tok.i - 1].text[:1].isupper()
        and gazetteer.first_name(doc[tok.i - 1].text)
        for tok in doc
    )


def owner_split(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span's name around a possessive inside it: the owned name, or the owner, else the span.

    A head word after the possessive ("Levi's Stadium", "Acme's Victory Fund") is a body's
    name, left to the rules above.
    """
    for k in range(start + 1, end - 1):
        if doc[k].text not in _POSSESSIVES:
            continue
        owned, whole = doc[k + 1 : end], doc[start:end].text
        if head_kind([t.text for t in owned]) is not None:
            return start, end
        if is_proper_run(owned) and (_owners_place(doc, start, k, owned) or _named_alone(doc, owned, whole)):
            return k + 1, end
        if _alone(doc, doc[start:k].text, whole):
            return start, k
        return start, end
    return start, end


def known_place(name: str) -> bool:
    """True for a place or country the lexicon knows ("Ohio", "Miami")."""
    return gazetteer.place(name) is not None or gazetteer.country(name) is not None


def _owners_place(doc: Doc, start: int, k: int, owned: Span) -> bool:
    """True for a country or state after an owner that is no given name ("Martha's Vineyard" is one name).

    Another place only when its name is no English word: "People's Republic" is no town.
    """
    name = owned.text
    if gazetteer.first_name(doc[start:k].text) or not known_place(name):
        return False
    state = gazetteer.country(name) or gazetteer.subdivision_of(name)
    return bool(state) or not english.lower_case_word(name)


def _named_alone(doc: Doc, owned: Span, whole: str) -> bool:
    """True for words the article writes alone, not all common words ("Marsh's Super" + "Tuesday")."""
    return _alone(doc, owned.text, whole) and not all(english.lower_case_word(t.text) for t in owned)


def _alone(doc: Doc, part: str, whole: str) -> bool:
    """True when the article writes ``part`` alone, no possessive after it, outside the whole span."""
    rest = doc.text.replace(whole, " ")
    return re.search(rf"(?<!\w){re.escape(part)}(?![\w'’‘])", rest) is not None

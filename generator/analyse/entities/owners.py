"""Stage 2, spans (continued): an owner's possessive before an organisation's name.

"Lasry's Avenue Capital Group" is the group that Lasry runs: the page is the group's,
and the same as for "Avenue Capital Group" elsewhere. A possessive inside a body's own name
("Moody's Investors Service", "Macy's Inc.") stays, so the cut needs the article's word
for it: the owner is named as a person elsewhere ("Marc Lasry"), or the body's name is
written without the owner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.lexicon import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Fewest words of the body's name after the possessive: one word ("Inc.") is the owner's name's.
_BODY_WORDS = 2


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

"""Stage 2, spans (continued): a person's surname used as a modifier ("the Warhol Polaroids").

The model runs a surname on into the common noun it qualifies and calls the whole a
person ("Warhol Polaroids", "Lincoln Papers"). When the article names that person in full
elsewhere ("Andy Warhol") and the words after the surname are common English nouns that
head no body or place ("Foundation", "Tower" and "University" do: "Warhol Foundation" is
an organisation), and the whole is no name the lexicon knows ("White House" after a "Jo
Clinton" names no Jo White), the mention is the person's surname alone, and the page the
person's.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.entities.owners import named_person
from generator.analyse.lexicon import english, gazetteer
from generator.analyse.lexicon.kinds import head_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def cut_attributive(doc: Doc, cand: Cand) -> Cand:
    """The candidate, cut to its first word when that is a named person's surname used as a modifier."""
    rest = doc[cand.start + 1 : cand.end]
    if not len(rest) or not all(_common_noun(doc, t) for t in rest):
        return cand
    whole = doc[cand.start : cand.end]
    if head_kind([t.text for t in whole]) is not None or _known(whole.text):
        return cand
    if not named_person(doc, doc[cand.start].text):
        return cand
    return dataclasses.replace(cand, end=cand.start + 1)


def _known(name: str) -> bool:
    """True for a name the lexicon knows whole ("White House"): no surname and a noun after it."""
    return gazetteer.alias(name) is not None or gazetteer.known_kind(name) is not None


def _common_noun(doc: Doc, token: Token) -> bool:
    """A noun that English writes in lower case ("Polaroids"), no given name nor the article's surname."""
    singular = token.text[:-1] if token.text.endswith("s") else token.text
    return (
        token.pos_ in ("NOUN", "PROPN")
        and english.common_word(token.text, singular)
        and not gazetteer.first_name(token.text)
        and not _surname_elsewhere(doc, token)
    )


def _surname_elsewhere(doc: Doc, token: Token) -> bool:
    """True when the article writes the token's word after a given name elsewhere ("Lee Papers")."""
    return any(
        other.text == token.text and other.i != token.i and gazetteer.first_name(doc[other.i - 1].text)
        for other in doc
        if other.i > 0
    )

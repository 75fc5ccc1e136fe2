"""Stage 2, spans (continued): single words that name no one, though the model says so.

A common word capitalised only because it opens a sentence or follows a colon ("Coal
miners", "Scholars have long debated", "Bush: Survive to S.C."), a kinship word ("Mommy"),
and a hashtag ("#Election2016"). Also a common word capitalised in a headline for a pun
("makes a Capital investment") that the body never capitalises, and the name of a stretch
of time or an event ("Golden Week", "Labor Day"), and a common word that names a day
with the day's name after it ("Super Tuesday", "Black Friday", "Early March"); and the
first part of a hyphenated name the article never writes alone ("Franco-German",
"Lind-Marsh Act"). Nor does an adjective opening a sentence before a common noun
("Digital ads were cheap"), whatever the model's label, nor a generational suffix or a
pronoun alone ("Jr.", "I.", "I'd").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand
from generator.analyse.entities.owners import named_person
from generator.analyse.entities.spans import opens_sentence
from generator.analyse.lexicon import english, gazetteer, lists
from generator.analyse.lexicon.kinds import is_demonym
from generator.analyse.lexicon.text import fold
from generator.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Day and month names and holidays ("Tuesday", "March"): a common word before one names a day.
_CALENDAR = lists.exact("entity_calendar_words.txt")


def lone_sentence_word(doc: Doc, cand: Cand) -> bool:
    """True for a lone common word the model calls a person, opening a sentence or after a colon.

    The article never writes it again, English writes it in lower case, it is no given
    name nor known name, and no verb follows ("Coal miners", "Exit polls", "Drama ensued"
    has one and stays: a surname opening a sentence is followed by what the person did),
    unless the verb agrees with a plural ("Scholars have"): no one person.
    """
    if cand.label != "PERSON" or cand.end - cand.start != 1 or not _opens(doc, cand.start):
        return False
    token = doc[cand.start]
    after = doc[cand.end] if cand.end < len(doc) else None
    plural = after is not None and _plural_subject(token.text, token.lemma_, after)
    return (
        doc.text.count(token.text) == 1
        and (
            plural
            or ((after is None or after.pos_ not in ("VERB", "AUX")) and english.lower_case_word(token.text))
        )
        and not gazetteer.first_name(token.text)
        and not gazetteer.listed(token.text)
    )


def _opens(doc: Doc, i: int) -> bool:
    """True for a word opening a sentence, or right after a colon ("Bush: Survive to S.C.")."""
    return opens_sentence(doc, i) or (i > 0 and doc[i - 1].text == ":")


def _plural_subject(word: str, lemma: str, after: Token) -> bool:
    """True for an English noun's plural before a verb that agrees with a plural ("Scholars have")."""
    plural_verb = after.tag_ == "VBP" or after.lower_ == "were"
    return plural_verb and word.endswith("s") and fold(lemma) != fold(word) and english.lower_case_word(lemma)


def hashtag(doc: Doc, cand: Cand) -> bool:
    """True for a candidate glued to a "#" before it: a hashtag ("#Election2016"), no name."""
    return cand.start > 0 and doc[cand.start - 1].text == "#" and not doc[cand.start - 1].whitespace_


def kinship_word(doc: Doc, cand: Cand) -> bool:
    """True for a lone kinship word ("Mommy", "Grandpa"), unless it is also a given name ("Nana")."""
    if cand.end - cand.start != 1:
        return False
    word = doc[cand.start].text
    return fold(word) in lists.words("entity_kinship_words.txt") and not gazetteer.first_name(word)


def headline_word(doc: Doc, cand: Cand, headline: Span | None) -> bool:
    """True for one common word capitalised in the headline that the body never capitalises.

    A headline capitalises words for emphasis or a pun ("makes a Capital investment"); a
    name the story is about comes back in the body ("Trump", "Turkey"). Names the lexicon
    knows stay.
    """
    if headline is None or cand.end - cand.start != 1:
        return False
    token = doc[cand.start]
    word = token.text
    if not headline.start <= token.idx < headline.end or not english.lower_case_word(word):
        return False
    if gazetteer.country(word) or gazetteer.listed(word):
        return False
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", doc.text[headline.end :]) is None


def period_name(doc: Doc, cand: Cand) -> bool:
    """True for the name of a stretch of time or an event ("Golden Week", "Labor Day"): no actor.

    A given name and such a word that the model calls a person are one ("Doris Day"); "Golden
    Week" as a place is not.
    """
    words = [t.text for t in doc[cand.start : cand.end]]
    if len(words) < 2 or fold(words[-1]) not in lists.words("entity_period_heads.txt"):
        return False
    first = words[0]
    return not (len(words) == 2 and cand.label == "PERSON" and gazetteer.first_name(first))


def calendar_word(doc: Doc, cand: Cand) -> bool:
    """True for one common word before a day's or month's name: a day's name, no actor ("Super Tuesday").

    A given name ("Theresa May"), a place, a name the lexicon knows and a surname the
    article writes after a given name ("Jo Sanders" + "Sanders Tuesday") stay.
    """
    if cand.end - cand.start != 1 or cand.end >= len(doc) or doc[cand.end].lower_ not in _CALENDAR:
        return False
    word = doc[cand.start].text
    return (
        word[1:].islower()  # "BET Tuesday" is a channel's initials
        and english.common_word(word)
        and not gazetteer.first_name(word)
        and not _known(word)
        and not named_person(doc, word)
    )


def hyphen_part(doc: Doc, cand: Cand) -> bool:
    """True for a candidate glued by a hyphen to a capitalised word, never written alone ("Franco-German").

    "Marsh-Lind ticket" keeps "Marsh" when the article names Marsh alone too; a place or a
    name the lexicon knows ("U.S.-Mexico") stays.
    """
    if cand.end + 1 >= len(doc) or doc[cand.end - 1].whitespace_ or doc[cand.end].text != "-":
        return False
    after = doc[cand.end + 1]
    if doc[cand.end].whitespace_ or not after.text[:1].isupper():
        return False
    name = doc[cand.start : cand.end].text
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text) is None and not _known(name)


def sentence_adjective(doc: Doc, cand: Cand) -> bool:
    """True for a lone adjective opening a sentence before a lower-case noun ("Digital ads"), written once.

    A nationality ("Russian troops") and a name the lexicon knows stay.
    """
    if cand.end - cand.start != 1 or cand.end >= len(doc) or not _opens(doc, cand.start):
        return False
    word, after = doc[cand.start].text, doc[cand.end]
    return (
        after.pos_ == "NOUN"
        and after.text.islower()
        and doc.text.count(word) == 1
        and english.adjective(word)
        and not is_demonym(word)
        and not _known(word)
    )


def suffix_or_pronoun(doc: Doc, cand: Cand) -> bool:
    """True for a lone generational suffix ("Jr.", "III") or the pronoun "I", maybe contracted ("I'd")."""
    words = [t.text for t in doc[cand.start : cand.end]]
    if len(words) == 1 and fold(words[0]).rstrip(".") in lists.words("entity_name_suffixes.txt"):
        return True
    # The model reads "I." closing a sentence as an initial; "I" alone is no one's name.
    return bool(words) and words[0].rstrip(".") == "I" and all(w[:1] in "'’" for w in words[1:])


def _known(name: str) -> bool:
    """True for a name the lexicon knows: a place, a country, or one the project's tables give."""
    return gazetteer.place(name) is not None or gazetteer.country(name) is not None or gazetteer.listed(name)

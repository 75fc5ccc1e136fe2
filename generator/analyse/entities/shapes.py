"""What a name's words look like: proper-noun runs, acronyms, a given name first.

Tests on words shared by the stages of :mod:`generator.analyse.entities`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from generator.analyse.lexicon import english, gazetteer, lists
from generator.analyse.lexicon.kinds import head_kind, is_demonym, is_title
from generator.analyse.lexicon.text import fold, strip_possessive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Day and month names, "today": capitalised or not, never a name.
_CALENDAR = lists.exact("entity_calendar_words.txt")
#: The articles: cut before a name, skipped before a title ("the governor").
ARTICLES = frozenset({"the", "a", "an"})
#: A regnal or generational number ("Henry VIII"), capitals that are no acronym.
_ROMAN = re.compile(r"[IVXLC]+")
#: Lower-case prefixes that make an adjective of a name ("pro-Clinton", "anti-Israel").
_ADJECTIVE_PREFIXES = lists.exact("entity_adjective_prefixes.txt")
#: Longest person name, in words, the given-name rule considers ("Hernan Dario Gomez Jr").
_MAX_NAME_WORDS = 4


def is_proper_run(tokens: Iterable[Token]) -> bool:
    """True when every token is a capitalised proper noun and none is a calendar word."""
    toks = list(tokens)
    return bool(toks) and all(
        t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and t.lower_ not in _CALENDAR for t in toks
    )


def title_before(doc: Doc, i: int) -> bool:
    """A person title, or a plural one in lower case, right before token ``i`` ("senators")."""
    for n in (2, 1):
        words = [t.text for t in doc[max(i - n, 0) : i]]
        if len(words) == n and is_title(" ".join(words)):
            return True
    prev = doc[i - 1].text if i > 0 else ""
    return prev.islower() and prev.endswith("s") and is_title(prev[:-1])


def agency_words(word: str, country: str) -> bool:
    """True when ``word`` before a country name makes an agency ("Environment Canada").

    The word is capitalised and no article, calendar word, title, nationality or place
    modifier ("Northern", "Greater"), and the two together are no place the gazetteer knows
    ("Northern Ireland", "South Sudan").
    """
    both = f"{word} {country}"
    return (
        word[:1].isupper()
        and gazetteer.country(country) is not None
        and word.lower() not in ARTICLES
        and word.lower() not in _CALENDAR
        and fold(word) not in lists.words("entity_place_modifiers.txt")
        and not is_title(word)
        and not is_demonym(word)
        and gazetteer.place(both) is None
        and gazetteer.known_kind(both) is None
    )


def is_acronym(name: str) -> bool:
    """Two or more capitals, dots allowed, no lower case ("NPP", "U.N."), not "VIII"."""
    letters = name.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and not _ROMAN.fullmatch(letters)


def given_name_first(words: Sequence[str]) -> bool:
    """A capitalised two-to-four-word name opening with a given name ("Agnes Varda").

    spaCy calls some such people ORG, GPE or NORP. A last word that is itself a common English
    given name keeps the model's label ("Morgan Stanley"), and so do names holding a place,
    a country or an organisation word ("Albert Dock Company", "Grace Canada").
    """
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not all(_name_word(w) for w in words):
        return False
    first, last = words[0], strip_possessive(words[-1])
    return (
        gazetteer.first_name(first)
        and not is_title(first)
        and not is_demonym(first)
        and not gazetteer.common_english_first_name(last)
        and gazetteer.place(" ".join(words)) is None
        and not any(head_kind([w]) or gazetteer.country(w) for w in words)
    )


def _name_word(word: str) -> bool:
    """A word capitalised as names are: "Varda", "O'Neill", "Jean-Paul", "J." (not "UEFA")."""
    letters = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
    return letters.isalpha() and letters[0].isupper() and (len(letters) == 1 or not letters.isupper())


def lower_modifier(doc: Doc, i: int, end: int) -> bool:
    """True for a lower-case word before a proper-noun run: a modifier, no part of the name.

    "federal Securities and Exchange Commission", "state Department of Revenue": names
    open with a capital, except for particles ("de", "van", "al"), which stay.
    """
    word = doc[i]
    return (
        word.is_alpha
        and word.is_lower
        and word.lower_ not in lists.words("claim_name_particles.txt")
        and i + 1 < end
        and doc[i + 1].text[:1].isupper()
    )


def place_noun(word: str) -> bool:
    """True for a generic noun of places ("City", "Street", "County"): no one's name alone.

    After a title it makes a place's nickname or a street ("the Queen City", "King Street"),
    never a person whose title was read.
    """
    folded = fold(word)
    return folded in lists.words("entity_region_words.txt") or folded in lists.words("entity_place_heads.txt")


def prefixed_adjective(doc: Doc, start: int, end: int) -> int:
    """Tokens of a prefixed adjective opening the span ("pro-" + "Clinton", "anti-Israel"), else 0.

    The name after it stays ("pro-Beijing" + "New People Party"), and so does a name the
    prefix is glued to: cut after its first word, one common word would be left, which is
    no name ("pro-" + "Islamic State").
    """
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        joined = not doc[start - 1].whitespace_ and doc[start - 2].lower_ in _ADJECTIVE_PREFIXES
        return 1 if joined else 0
    if start + 2 < len(doc) and doc[start + 1].text == "-" and not doc[start].whitespace_:
        if doc[start].lower_ not in _ADJECTIVE_PREFIXES or doc[start + 1].whitespace_:
            return 0
        rest = doc[start + 3 : end].text
        glued = end - start == 4 and english.common_word(rest) and not is_title(rest)
        return 2 if glued else 3
    word = doc[start].lower_
    return 1 if "-" in word and word.split("-")[0] in _ADJECTIVE_PREFIXES else 0

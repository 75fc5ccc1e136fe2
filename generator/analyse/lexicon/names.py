"""Name keys: the forms under which spellings of one entity meet (see ``lexicon.text``)."""

from __future__ import annotations

import functools
import re

from generator.analyse.lexicon import gazetteer, kinds, lists
from generator.analyse.lexicon.text import fold, strip_article, strip_possessive, translit_key
from generator.model import EntityKind

#: A nickname quoted between a person's given name and surname ('George "Jay" Keyworth').
_NICKNAME = re.compile(r'\s+(?:"[^"]+"|“[^”]+”|«[^»]+»|„[^“]+“)(?=\s)')
#: Most letters of a name in capitals that may be an abbreviation ("NATO", "UNESCO").
_ABBREVIATION_LETTERS = 6


def canonical(name: str, kind: EntityKind) -> str:
    """Display form shared by an entity's spellings: abbreviations and aliases expanded."""
    bare = strip_article(strip_possessive(name.strip()))
    if kind == "person":
        bare = _NICKNAME.sub("", bare)  # the page is George Keyworth, not George "Jay" Keyworth
    expanded = gazetteer.abbreviation(bare) or gazetteer.alias(bare)
    if expanded is not None:
        return expanded[0]
    if kind in ("country", "region"):
        country = gazetteer.country(bare)
        if country is not None:
            return country
    return bare


def match_key(name: str, kind: EntityKind) -> str:
    """Key under which two names of one entity meet, across articles (see module doc)."""
    words = canonical(name, kind).split()
    if kind == "person":
        words = kinds.drop_titles(words)
        words = [without_article(w) for w in words if len(w.strip(".")) > 1 or not w[:1].isalpha()]
    return " ".join(k for k in (word_key(w) for w in words) if k)


def word_key(word: str) -> str:
    """``translit_key`` of a name word; short words and abbreviations exactly (folded).

    The transliteration key folds every vowel, y included, so "UN" and "Jan" would share
    one: words of three letters or fewer must match as spelled.
    """
    folded = fold(word).replace(" ", "")
    if len(folded) <= 3:
        return folded
    return translit_key(word)


def given_forms(key: str) -> frozenset[str]:
    """A given name's key, with the keys of the given names it is a short form of ("joe")."""
    return frozenset({key}) | _diminutives().get(key, frozenset())


@functools.cache
def _diminutives() -> dict[str, frozenset[str]]:
    """Key of a short given name -> keys of the given names it shortens (data file)."""
    out: dict[str, set[str]] = {}
    for short, given in lists.rows("entity_given_name_diminutives.tsv"):
        out.setdefault(word_key(short), set()).add(word_key(given))
    return {k: frozenset(v) for k, v in out.items()}


def surname_key(name: str) -> str:
    """``word_key`` of a person's last name word, generational suffixes skipped."""
    return word_key(surname_word(name))


def surname_word(name: str) -> str:
    """A person's last name word as written, generational suffixes skipped ("" if none)."""
    words = [w for w in strip_possessive(name).split() if fold(w)]
    while len(words) > 1 and fold(words[-1]) in lists.words("entity_name_suffixes.txt"):
        words.pop()
    if not words:
        return ""
    return without_article(words[-1])


def middle_initials(name: str) -> str:
    """Initials of a person name's middle words ("George H.W. Bush", "George HW Bush": "hw").

    "John Fitzgerald Kennedy" gives "f", "Joe Biden" gives "". Match keys drop one-letter
    words, so "George W. Bush" and "George H. W. Bush" share one: two names written with
    different middle initials are two people all the same.
    """
    words = [w for w in kinds.drop_titles(name.split()) if fold(w)]
    while len(words) > 1 and fold(words[-1]) in lists.words("entity_name_suffixes.txt"):
        words.pop()
    return "".join(fold(w) if _is_initials(w) else fold(w)[:1] for w in words[1:-1])


def _is_initials(word: str) -> bool:
    """True for a middle word of initials: dotted inside ("H.W.") or two or three capitals ("HW")."""
    bare = word.strip(".")
    return "." in bare or (1 < len(bare) <= 3 and bare.isalpha() and bare.isupper())


def in_capitals(name: str) -> bool:
    """True for a name set in capitals, longer than an abbreviation ("BRUSSELS", not "NATO").

    A dateline's or a kicker's spelling: a page or a cluster takes another one if it has any.
    """
    return name.isupper() and sum(c.isalpha() for c in name) > _ABBREVIATION_LETTERS


def without_article(word: str) -> str:
    """A name word without an article joined by a hyphen: "al-Assad" is also plain "Assad"."""
    article, dash, rest = word.partition("-")
    if dash and rest and article.lower() in lists.exact("entity_surname_articles.txt"):
        return rest
    return word


def initials(name: str) -> str:
    """Upper-case initials of the capitalised words ("North Atlantic Treaty Organization")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def given_gender(name: str) -> str | None:
    """The sex nearly everyone with a full name's given name has ("Hillary Clinton": 'f'), if any."""
    words = kinds.drop_titles(name.split())
    return gazetteer.given_name_gender(words[0]) if len(words) > 1 else None

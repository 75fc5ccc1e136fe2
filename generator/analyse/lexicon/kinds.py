"""Word-level cues for an entity's kind: titles, heads, demonyms, epithets, region words.

All lexicons live in ``data/entity_*.txt`` (general English, never one article's facts)
and are loaded once, by :func:`generator.analyse.lexicon.lists.words`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from generator.analyse.lexicon import lists
from generator.analyse.lexicon.text import fold
from generator.model import EntityKind

#: Longest title phrase, in words ("deputy prime minister").
_MAX_TITLE_WORDS = 4


@functools.cache
def _demonyms() -> frozenset[str]:
    """Folded nationality words, singular and plural ("russian", "russians")."""
    base = lists.words("entity_demonyms.txt")
    return base | {w + "s" for w in base} | {w[:-1] + "es" for w in base if w.endswith("h")}


def is_title(phrase: str) -> bool:
    """True for a person title ("President", "U.N. chief" -> its last words)."""
    return fold(phrase) in lists.words("entity_titles.txt")


def cites_a_person(word: str) -> bool:
    """True for a person's title or a noun news cites a person by ("senator", "source")."""
    return is_title(word) or fold(word) in lists.words("entity_speaker_nouns.txt")


def is_demonym(text: str) -> bool:
    """True for a nationality adjective or noun, possibly hyphenated ("Russian-backed")."""
    folded = fold(text)
    return folded in _demonyms() or ("-" in text and fold(text.split("-")[0]) in _demonyms())


def is_plural_demonym(text: str) -> bool:
    """True for a nationality noun in the plural ("Russians"): a group, not an adjective."""
    folded = fold(text)
    # Demonyms as listed are singular, though some ("Swiss") end in s anyway.
    singular = lists.words("entity_demonyms.txt")
    return folded.endswith("s") and folded in _demonyms() and folded not in singular


def head_kind(words: Sequence[str]) -> EntityKind | None:
    """Kind implied by a name's head word: last word, or the word before "of" or "for".

    A body is named for its purpose: a place head before "for" names an organisation
    ("Center for Strategic Studies"), and so does a place head that can be a body's seat
    ("Research Center") after an organisation head ("University Research Center").
    """
    folded = [fold(w) for w in words]
    heads = [folded[-1]] if folded else []
    for joint in ("for", "of"):
        if joint in folded and folded.index(joint) > 0:
            heads.insert(0, folded[folded.index(joint) - 1])
    for head in heads:
        if _org_head(head):
            return "organization"
        if head in lists.words("entity_place_heads.txt"):
            purpose = folded[folded.index(head) + 1 : folded.index(head) + 2] == ["for"]
            return "organization" if purpose or _seat_of_body(folded, head) else "region"
    return None


def _seat_of_body(folded: Sequence[str], head: str) -> bool:
    """A place head that can be a body ("center") after an organisation head in the name."""
    if head not in lists.words("entity_seat_heads.txt"):
        return False
    before = folded[: folded.index(head)]
    return any(_org_head(w) for w in before)


def _org_head(word: str) -> bool:
    """A folded word that heads an organisation's name: a body's ("Party") or a company's."""
    return word in lists.words("entity_org_heads.txt") or is_company_head(word)


def is_company_head(word: str) -> bool:
    """A word that ends a company's name: its legal form or trade ("Corp", "Coal")."""
    return fold(word) in lists.words("entity_company_heads.txt")


def drop_titles(words: Sequence[str]) -> list[str]:
    """Drop leading title words ("President Joe Biden" -> "Joe Biden"), never all words."""
    out = list(words)
    while len(out) > 1:
        n = title_length(out)
        if n == 0 or n >= len(out):
            break
        out = out[n:]
    return out


def title_length(words: Sequence[str]) -> int:
    """How many leading words form a title (longest match), 0 if none."""
    for n in range(min(_MAX_TITLE_WORDS, len(words)), 0, -1):
        if fold(" ".join(words[:n])) in lists.words("entity_titles.txt"):
            return n
    return 0

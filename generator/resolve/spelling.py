"""Checks on the loose keys clusters meet by across articles: spelling, and bare head words.

The match key (``names.match_key``) folds romanisations together ("Kharkiv", "Kharkov"),
and so also words that only share consonants ("China", "Cheyenne" both give ``cana``).
Names that meet by key join only when they are spelled alike too (:func:`spelled_alike`);
each such join of two spellings is listed like the other automatic joins.

A one-word organisation named by the head word of a longer organisation of its article
("House" beside "White House", "Department" beside "State Department") is ambiguous: no page.
So is one the corpus writes as the head of longer names in more articles than alone
(:func:`bare_heads`): "Union" names a kind of body there, not one of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from generator.analyse.entities.clusters import place_qualified
from generator.analyse.lexicon import english, gazetteer, names
from generator.analyse.lexicon.text import fold

#: Reason recorded for a join of two spellings that share a key.
BY_SPELLING = "spelling"


def letters(name: str) -> str:
    """The name's letters, folded, without spaces and marks."""
    return "".join(c for c in fold(name) if c.isalnum())


def spelled_alike(one: str, other: str) -> bool:
    """True when two names are one spelling's variants: same initial, close length and letters.

    At most two edits, or one in three letters of the longer, and lengths within two; not a
    place the gazetteer knows beside a word it does not know as that place; and not two
    words where one is a common English word.
    """
    a, b = letters(one), letters(other)
    if a == b:
        return True
    if not a or not b or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    here, there = gazetteer.place(one), gazetteer.place(other)
    if here is not None or there is not None:
        # Two spellings of one place stay alike ("Kharkov" is Kharkiv's other name, and both
        # stay one); a place and anything else do not ("France" and "Franco", "Selma" and
        # "Salma" are a letter apart but a place and someone else).
        if here is None or there is None or here.name != there.name:
            return False
    elif _common_word_apart(one, other):
        return False
    return _distance(a, b) <= max(2, max(len(a), len(b)) // 3)


def _common_word_apart(one: str, other: str) -> bool:
    """True when the names differ in a word English writes in lower case ("Capitol", "Capital").

    A common word capitalised in a name ("Press", beside an abbreviation "Pres") is spelled
    as meant, never a variant of another (two spellings of one known place are decided
    before this, by the gazetteer).
    """
    words, others = one.split(), other.split()
    if len(words) != len(others):
        return False
    pairs = [(letters(w), letters(o)) for w, o in zip(words, others, strict=True)]
    return any(w != o and (english.lower_case_word(w) or english.lower_case_word(o)) for w, o in pairs)


def _distance(a: str, b: str) -> int:
    """Levenshtein distance between two short strings."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def spelling_keys(named: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(key, name) -> the key to group by: the key itself, suffixed for a spelling apart.

    Names sharing a key fall into spellings by :func:`spelled_alike` (chained, in the order
    given); the first spelling keeps the key, each other gets ``key~letters``.
    """
    by_key: dict[str, list[str]] = defaultdict(list)
    for key, name in named:
        if name not in by_key[key]:
            by_key[key].append(name)
    out: dict[tuple[str, str], str] = {}
    for key, spellings in by_key.items():
        heads: list[str] = []
        for name in spellings:
            head = next((h for h in heads if spelled_alike(h, name)), None)
            if head is None:
                heads.append(name)
                head = name
            out[(key, name)] = key if head == heads[0] else spelling_key(key, head)
    return out


def page_name(named: Mapping[str, int], person: bool) -> str:
    """A person's most frequent full name, else the most frequent; ties go to the longer, then the first.

    ``named``: each name and how many mentions give it. The most frequent, not the longest:
    a headline fragment joined from one article ("Lawmakers Rip Donald Trump") must not
    name the page of the person. A name set in capitals (a dateline's "BRUSSELS") names the
    page only when it has no other spelling.
    """
    return min(
        named,
        key=lambda n: (names.in_capitals(n), -(len(n.split()) > 1) if person else 0, -named[n], -len(n), n),
    )


def spelling_key(key: str, name: str) -> str:
    """The key of one spelling among those sharing a loose key ("cana~cheyenne")."""
    return f"{key}~{letters(name)}"


def head_words(named: Sequence[tuple[int, str]]) -> dict[int, set[str]]:
    """Per article, the keys of the head words of its longer organisation names.

    ``named``: (article, name) of each organisation cluster. The head is the last word, or
    the last before "of" ("Department of Roads"). A place before the head ("U.S. Senate")
    does not count: the bare "Senate" names that same body.
    """
    out: dict[int, set[str]] = defaultdict(set)
    for article, name in named:
        head = _head_word(name)
        if head is not None:
            out[article].add(names.word_key(head))
    return out


def _head_word(name: str) -> str | None:
    """The head word of a longer organisation name that a place does not qualify, else None."""
    words = name.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    if len(name.split()) > 1 and words and not place_qualified(words, names.word_key(words[-1])):
        return words[-1]
    return None


def bare_heads(named: Sequence[tuple[int, str]]) -> set[str]:
    """Letters of one-word organisation names that head longer ones in more articles than stand alone.

    ``named``: (article, name) of each organisation cluster. "Congress" or "Senate", named
    alone in most articles that name them, keep their page; "House" (of "White House",
    "Missouri House") and "Union" (of "European Union") do not. Spelled as written, not by
    loose key: "PPIC" is no "PAC".
    """
    heading: dict[str, set[int]] = defaultdict(set)
    alone: dict[str, set[int]] = defaultdict(set)
    for article, name in named:
        head = _head_word(name)
        if head is not None:
            heading[letters(head)].add(article)
        elif len(name.split()) == 1:
            alone[letters(name)].add(article)
    return {word for word, articles in heading.items() if len(articles) > len(alone.get(word, ()))}

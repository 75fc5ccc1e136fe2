"""Which full names across the corpus are one person: variants of a name, and names apart.

A person's match key is loose: it folds vowels and romanisations ("Gary" and "Harry" both
give ``gara``) and drops one-letter words ("George W. Bush" and "George P. Bush" both give
``garga bas``). So a key is only where names meet; each full name also keeps its *form*,
the given name as spelled and the middle initials (``ClusterView.forms``), and:

* forms of one key that cannot be one person (two given names in use, "Gary" and "Harry",
  or two different middle initials) get keys of their own (:func:`split_keys`): the form most
  articles use keeps the key, a form without initials goes with the first it fits;
* two keys are variants of one name (:func:`variants`) only when their given names, as
  spelled, are one (:func:`same_given`) or one is a listed short form of the other ("Joe",
  "Joseph"), never because two loose keys of short forms meet ("Gary" is not "Hank":
  "Harry" shares Gary's key).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from generator.analyse.lexicon import gazetteer, lists, names
from generator.analyse.lexicon.text import fold
from generator.resolve import spelling

#: One full name's form: (its key, its given name's letters, its middle initials).
Form = tuple[str, str, str]


def split_keys(forms: Iterable[tuple[int, Form]]) -> dict[Form, str]:
    """Each form -> the key it groups by: its own, or a key of its own when it is someone else.

    ``forms``: (article, form) of every full name in the corpus.
    """
    articles: dict[str, dict[tuple[str, str], set[int]]] = defaultdict(lambda: defaultdict(set))
    for article, (key, given, middle) in forms:
        articles[key][(given, middle)].add(article)
    out: dict[Form, str] = {}
    for key, seen in articles.items():
        people: list[list[tuple[str, str]]] = []
        for form in sorted(seen, key=lambda f: (-len(seen[f]), f)):
            person = next((p for p in people if all(_same_form(form, other) for other in p)), None)
            if person is None:
                person = [form]
                people.append(person)
            else:
                person.append(form)
            out[(key, *form)] = key if person is people[0] else _own_key(key, person[0], people[0][0])
    return out


def _same_form(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """True when two forms of one key can name one person: given names alike, initials agree."""
    (given, middle), (other_given, other_middle) = one, other
    if middle and other_middle and middle != other_middle:
        return False
    return not given or not other_given or _alike_given(given, other_given)


def _own_key(key: str, form: tuple[str, str], main: tuple[str, str]) -> str:
    """A key for a form apart from the key's main person: its spelling or initials written in."""
    given, middle = form
    words, suffixes = parts(key)
    first = words[0] if _same_form((given, ""), (main[0], "")) else spelling.spelling_key(words[0], given)
    middles = [middle] if middle and middle not in words else []
    return " ".join([first, *middles, *words[1:], *suffixes])


def givens(forms: Iterable[Form]) -> dict[str, set[str]]:
    """Full-name key -> the given names (letters) it is written with."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, given, _ in forms:
        if given:
            out[key].add(given)
    return out


def variants(
    views: Sequence[tuple[int, Sequence[str]]],
    articles: Mapping[str, int],
    middles: Mapping[str, set[str]],
    given: Mapping[str, set[str]],
) -> dict[str, str]:
    """Full-name key -> the key of the most used variant of that name across the corpus.

    ``views``: (article, full-name keys) of each cluster. Full names with one surname are
    one person when their given names are the same or one is a listed short form of the
    other ("Joe", "Joseph"), as spelled (``given``: key -> given names) where known, their
    middle names and initials agree (one may have none: "George W. Bush" never joins
    "George H.W. Bush") and so do their suffixes ("Jr.", or none). Two names that stand
    for two clusters of one article ("Donald Trump", "Donald Trump Jr.") are two people,
    and so never one variant.
    """
    apart: set[tuple[str, str]] = set()
    by_article: dict[int, list[Sequence[str]]] = defaultdict(list)
    for article, full in views:
        if full:
            by_article[article].append(full)
    for groups in by_article.values():
        for i, one in enumerate(groups):
            for other in groups[i + 1 :]:
                apart.update((a, b) for a in one for b in other if a != b)
                apart.update((b, a) for a in one for b in other if a != b)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(articles, key=lambda k: (-articles[k], k)):
        by_surname[parts(key)[0][-1]].append(key)
    out: dict[str, str] = {}
    for keys in by_surname.values():
        people: list[list[str]] = []
        for key in keys:
            for person in people:
                if all(_one_person(key, k, middles, given) and (key, k) not in apart for k in person):
                    person.append(key)
                    out[key] = person[0]
                    break
            else:
                people.append([key])
    return out


def _one_person(one: str, other: str, middles: Mapping[str, set[str]], given: Mapping[str, set[str]]) -> bool:
    """True when two full-name keys can be one person's (see :func:`variants`)."""
    if not compatible(one, other) or not _same_middle(one, other, middles):
        return False
    a, b = given.get(one, set()), given.get(other, set())
    return not a or not b or any(same_given(x, y) for x in a for y in b)


def same_given(one: str, other: str) -> bool:
    """True when two given names (letters) are one name, or one is a listed short form of the other."""
    if _alike_given(one, other):
        return True
    return other in _short_forms().get(one, set()) or one in _short_forms().get(other, set())


def _alike_given(one: str, other: str) -> bool:
    """True for one given name spelled two ways: a letter doubled ("Hilary"), or a form no list knows.

    Two given names in use are two names, however close ("Melanie", "Melania"; "Gary",
    "Harry"); a spelling the list of given names does not know ("Volodimir") is a variant
    of a close one.
    """
    if _undoubled(one) == _undoubled(other):
        return True
    known = gazetteer.first_name(one) and gazetteer.first_name(other)
    return not known and spelling.spelled_alike(one, other)


def _undoubled(letters: str) -> str:
    """The letters with each doubled letter written once ("hillary": "hilary")."""
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


@functools.cache
def _short_forms() -> dict[str, set[str]]:
    """A short given name's letters -> the letters of the given names it shortens (data file)."""
    out: dict[str, set[str]] = defaultdict(set)
    for short, full in lists.rows("entity_given_name_diminutives.tsv"):
        out[spelling.letters(short)].add(spelling.letters(full))
    return dict(out)


def _same_middle(one: str, other: str, middles: Mapping[str, set[str]]) -> bool:
    """True unless both keys are written with middle initials, and never with the same."""
    a, b = middles.get(one, set()), middles.get(other, set())
    return not a or not b or bool(a & b)


def parts(key: str) -> tuple[list[str], list[str]]:
    """A person key's name words and its trailing generational suffixes."""
    words = key.split()
    suffixes = lists.words("entity_name_suffixes.txt")
    cut = len(words)
    while cut > 1 and words[cut - 1] in suffixes:
        cut -= 1
    return words[:cut], words[cut:]


def compatible(one: str, other: str) -> bool:
    """True when two full-name keys can name one person (see :func:`variants`)."""
    (a, a_suffix), (b, b_suffix) = parts(one), parts(other)
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    if a_suffix and b_suffix and a_suffix != b_suffix:
        return False
    middle_a, middle_b = set(a[1:-1]), set(b[1:-1])
    if not (middle_a <= middle_b or middle_b <= middle_a):
        return False
    return bool(names.given_forms(a[0]) & names.given_forms(b[0]))


def form(label: str, key: str) -> Form:
    """The form of one full name with its key: the given name's letters, the middle initials."""
    first = key.split()[0]
    given = next((w for w in label.split() if names.word_key(names.without_article(w)) == first), "")
    return key, spelling.letters(fold(given)), names.middle_initials(label)

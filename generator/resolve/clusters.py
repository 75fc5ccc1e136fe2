"""Which corpus-wide person a cluster joins: full names across articles, and surnames alone.

Each article's analysis already groups its own mentions into clusters. Across articles:

* A person cluster that gives a full name (two words or more) joins the other clusters
  with that full name. A cluster with several full names ("Crooked Hillary Clinton" in a
  headline, "Hillary Clinton" in the text) takes the one most articles use.
* A cluster named by a surname alone ("Obama", "Mr. Obama", "President Obama") joins the
  person the corpus names in full with that surname, when the context decides which:
  a title that states a gender ("Mr.", "Mrs.") rules out full names whose given name
  is nearly always given to the other sex; a full name in the same article wins; else the
  only one, or one named in far more articles than all the others together (also among
  several named in the same article: "Cruz" beside "Ted Cruz" and "Heidi Cruz"). A full
  name spelling the surname as written comes before one that only spells it alike
  ("Berman", not "Burman"), which still counts against it.
  Otherwise the mentions stay unlinked (no page) rather than guessed.
* The register's ``separate`` spellings are never joined automatically to that entry.

Every join that is not a plain identical name is returned as a ``Join``, so the build
can list it (the export's ``joined``) and the maintainer can undo it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from generator.analyse.claims.words import GENDERED
from generator.analyse.lexicon import gazetteer, kinds, lists, names
from generator.analyse.lexicon.text import fold
from generator.model import EntityKind, MentionFound
from generator.resolve import spelling

#: A surname alone joins the most named full name when it is named in full in at least
#: this many times as many articles as every other full name with that surname together
#: (Hillary against Bill Clinton in 2016 coverage; never two people named about as often).
DOMINANCE = 3

#: The reason recorded for each kind of join.
BY_SURNAME = "surname"
#: Letters a surname needs for a second spelling of it to join (a vowel apart): in shorter
#: words one vowel makes another name ("Bell", "Bill"; "Kahn", "Kuhn").
_VARIANT_LETTERS = 6
BY_FULL_NAME = "full name"
BY_GIVEN_NAME = "given name"
BY_PLURAL = "plural"


@dataclass(frozen=True)
class Join:
    """One automatic join: ``name`` in article ``article`` joined the group ``key``."""

    key: str
    name: str
    article: int
    reason: str


@dataclass(frozen=True)
class ClusterView:
    """What resolution reads of one in-article cluster."""

    article: int
    name: str
    kind: EntityKind
    keys: tuple[str, ...]  #: match keys of its preferred name, then of each named mention
    gender: str | None  #: "m" or "f" when a title at one of its mentions says so
    initials: tuple[tuple[str, str], ...] = ()  #: (full-name key, its middle initials) per label


@dataclass
class _FullName:
    """A full name as the corpus gives it."""

    name: str
    articles: set[int] = field(default_factory=set)


def view(article: int, text: str, found: Sequence[MentionFound], name: str, kind: EntityKind) -> ClusterView:
    """The cluster's keys and title gender."""
    labels = [name, *(m.span.slice(text) for m in found if m.role == "name")]
    keys = tuple(dict.fromkeys(names.match_key(label, kind) for label in labels))
    if kind != "person":
        return ClusterView(article, name, kind, keys, None)
    initials = tuple(sorted({(names.match_key(n, kind), names.middle_initials(n)) for n in labels}))
    return ClusterView(article, name, kind, keys, _title_gender(text, found), initials)


def _title_gender(text: str, found: Sequence[MentionFound]) -> str | None:
    """'m' or 'f' when a gendered title stands before (or opens) a named mention, never both."""
    seen: set[str] = set()
    for m in found:
        if m.role != "name":
            continue
        words = text[max(0, m.span.start - 40) : m.span.start].split()[-1:] + m.span.slice(text).split()[:1]
        seen.update(GENDERED[w.lower()] for w in words if w.lower() in GENDERED)
    return next(iter(seen)) if len(seen) == 1 else None


def _full(view_: ClusterView) -> list[str]:
    """The cluster's full-name keys (two words or more), persons only."""
    if view_.kind != "person":
        return []
    return [k for k in view_.keys if len(k.split()) > 1]


def _surname_like(word: str) -> bool:
    """True for a word that can be a surname: not a title ("Gov."), not an abbreviation."""
    return not word.endswith(".") and kinds.title_length([word]) == 0


def _same_surname(lone: str, full: str) -> bool:
    """True when the full name ends in the lone name, spelled alike (not only the same key).

    The transliteration key is loose: it folds vowels, so "Ellie" and "Ali", "Bill" and
    "Bell", "Kenya" and "Kaine" share one. Two spellings are one surname only when both are
    long enough for a vowel to be a romanisation's ("Zelenskiy", "Zelensky") and
    :func:`spelling.spelled_alike`; the full name's last word must itself be a surname.
    """
    last = names.surname_word(full)
    if not _surname_like(last) or _place_like(full, last):
        return False
    one, other = spelling.letters(last), spelling.letters(lone)
    if one == other:
        return True
    return min(len(one), len(other)) >= _VARIANT_LETTERS and spelling.spelled_alike(last, lone)


def _spelled_as(lone: str, found: Mapping[str, _FullName]) -> set[str]:
    """The full names whose surname spells the lone one letter for letter ("Berman", not "Burman")."""
    letters = spelling.letters(lone)
    return {k for k, f in found.items() if spelling.letters(names.surname_word(f.name)) == letters}


def _place_like(full: str, last: str) -> bool:
    """True for a "full name" that is a place or ends in a place's or body's head word.

    spaCy types "West Virginia" or "Forbidden City" a person in some article; their last
    words ("Virginia", "City") alone are no surname of theirs.
    """
    region_word = fold(last) in lists.words("entity_region_words.txt")
    return bool(gazetteer.place(full) or gazetteer.country(full) or kinds.head_kind([last]) or region_word)


def _same_given(lone: str, full: str) -> bool:
    """True when a lone given name is the full name's given name, letter for letter.

    Given names are short and one vowel makes another name ("Larry", "Laura"; "Melanie",
    "Melania"): the loose key they share is not enough.
    """
    return spelling.letters(lone) == spelling.letters(full.split()[0])


class PersonIndex:
    """Full names across the corpus, for the joins described in the module docstring."""

    def __init__(self, views: Sequence[ClusterView], separate: Mapping[str, set[str]]) -> None:
        """Index the full names of every cluster; ``separate``: own key -> keys it must not join."""
        self._separate = separate
        self._articles: Counter[str] = Counter()
        seen: set[tuple[int, str]] = set()
        for v in views:
            for key in _full(v):
                if (v.article, key) not in seen:
                    seen.add((v.article, key))
                    self._articles[key] += 1
        self._person_words: Counter[str] = Counter()
        self._other_words: Counter[str] = Counter()
        for v in views:  # every one-word name a cluster goes by, by kind
            for key in {k for k in v.keys if len(k.split()) == 1}:
                (self._person_words if v.kind == "person" else self._other_words)[key] += 1
        middles: dict[str, set[str]] = defaultdict(set)
        for v in views:
            for key, middle in v.initials:
                if middle:
                    middles[key].add(middle)
        self._variant = _variants(views, self._articles, middles)
        self._by_surname: dict[str, dict[str, _FullName]] = defaultdict(dict)
        self._by_given: dict[str, dict[str, _FullName]] = defaultdict(dict)
        for v in views:
            chosen = self.full_key(v)
            if chosen is not None:
                entry = self._by_surname[names.surname_key(v.name)].setdefault(chosen, _FullName(v.name))
                entry.articles.add(v.article)
                given = self._by_given[chosen.split()[0]].setdefault(chosen, _FullName(v.name))
                given.articles.add(v.article)
        self._surnames: dict[int, set[str]] = defaultdict(set)  # surnames each article names
        for v in views:
            if v.kind == "person":
                self._surnames[v.article].update(k.split()[-1] for k in v.keys if k)
        others = [v for v in views if v.kind != "person"]
        self._spelled = spelling.spelling_keys((v.keys[0], v.name) for v in others)
        self._first: dict[str, str] = {}
        for v in others:
            self._first.setdefault(v.keys[0], v.name)
        # One-word names by their letters, with the articles naming each (for "plural" joins).
        self._one_word: dict[str, set[int]] = defaultdict(set)
        for v in others:
            if len(v.name.split()) == 1:
                self._one_word[spelling.letters(v.name)].add(v.article)
        self._heads = spelling.head_words([(v.article, v.name) for v in others if v.kind == "organization"])

    def full_key(self, v: ClusterView) -> str | None:
        """The full name a cluster goes by: its own, unless another of its names is more used."""
        full = _full(v)
        if not full:
            return None
        best: str = max(full, key=lambda k: self._articles[k])
        own = v.keys[0]
        if own in full and self._articles[own] >= self._articles[best]:
            best = own
        elif best in self._separate.get(own, set()):
            return own
        variant = self._variant.get(best, best)
        return variant if variant not in self._separate.get(own, set()) else best

    def group(self, v: ClusterView) -> tuple[str | None, Join | None]:
        """The group key of a cluster (None: leave it unlinked), and the join it makes."""
        own = v.keys[0]
        key = self.full_key(v)
        if key is not None:
            join = Join(key, v.name, v.article, BY_FULL_NAME) if key != own and own in _full(v) else None
            return key, join
        if v.kind != "person":
            return self._other_key(v)
        if len(v.name.split()) != 1:
            return self._apart(v), None
        if not _surname_like(v.name):
            return self._apart(v), None
        found = {
            k: f
            for k, f in self._by_surname.get(names.surname_key(v.name), {}).items()
            if _same_surname(v.name, f.name)
        }
        if any(k in self._separate.get(own, set()) for k in found):
            return self._apart(v), None
        chosen, reason = self._surname_choice(v, found, _spelled_as(v.name, found)), BY_SURNAME
        # A given name the corpus gives a body or a place as often ("Fox") is not guessed.
        person = self._person_words[own] > self._other_words[own]
        if chosen is None and not found and gazetteer.first_name(v.name) and person:
            chosen, reason = self._given_choice(v), BY_GIVEN_NAME
        if chosen is None:
            return self._apart(v), None
        if chosen == "":
            return None, None
        return chosen, Join(chosen, v.name, v.article, reason)

    def _apart(self, v: ClusterView) -> str:
        """A person's own key, kept apart from a place or body that shares it, spelled otherwise.

        Loose keys fold vowels: "Yahoo" (typed a person) and "Ohio" share one, and would be
        one page.
        """
        own = v.keys[0]
        first = self._first.get(own)
        if first is None or spelling.spelled_alike(first, v.name):
            return own
        return spelling.spelling_key(own, v.name)

    def _other_key(self, v: ClusterView) -> tuple[str | None, Join | None]:
        """A place's, body's or group's key: its own, kept apart from other spellings of it.

        A one-word organisation that is the head word of a longer one of its article has none.
        """
        own = v.keys[0]
        if len(own.split()) == 1 and own in self._heads.get(v.article, set()):
            return None, None
        if len(v.name.split()) == 1 and self._person_words[own] > self._other_words[own]:
            return self.group(replace(v, kind="person"))  # named a person more often: a person here too
        plural = names.match_key(v.name + "s", v.kind)
        if self._members(v) and plural not in self._separate.get(own, set()):
            # "a Republican" is one of the "Republicans": one page for the members
            return plural, Join(plural, v.name, v.article, BY_PLURAL)
        key = self._spelled.get((own, v.name), own)
        first = self._first.get(own, v.name)
        if key == own and spelling.letters(first) != spelling.letters(v.name):
            return key, Join(key, v.name, v.article, spelling.BY_SPELLING)
        return key, None

    def _members(self, v: ClusterView) -> bool:
        """True for one word whose plural the corpus names in as many articles, or more."""
        one, many = spelling.letters(v.name), spelling.letters(v.name + "s")
        if len(v.name.split()) != 1 or not v.name[:1].isupper() or one.endswith("s"):
            return False
        return len(self._one_word.get(many, set())) >= len(self._one_word.get(one, set()))

    def _given_choice(self, v: ClusterView) -> str | None:
        """The full name a lone given name ("Melania") joins, by the surname rule's counts.

        Full names whose surname the article names too ("his wife Michelle" beside "Obama")
        come first.
        """
        found = {
            k: f
            for k, f in self._by_given.get(v.keys[0], {}).items()
            if k not in self._separate.get(v.keys[0], set()) and _same_given(v.name, f.name)
        }
        here = {k: f for k, f in found.items() if _parts(k)[0][-1] in self._surnames[v.article]}
        return self._surname_choice(v, here or found) or None

    def _surname_choice(
        self, v: ClusterView, found: Mapping[str, _FullName], exact: set[str] | None = None
    ) -> str | None:
        """The full name a surname joins; None: no one to join; "": undecidable.

        ``exact``: the names spelling the surname as written. When there are some, only one
        of them can be chosen, and the others ("Burman" for "Berman") count against it.
        """
        if v.gender is not None:
            found = {k: f for k, f in found.items() if names.given_gender(f.name) in (v.gender, None)}
        if not found:
            return None
        here = {k: f for k, f in found.items() if v.article in f.articles}
        if here:  # several named here: only one named in far more articles than the others
            found = here
        exact = {k for k in exact or () if k in found}
        ranked = sorted(found, key=lambda k: (k not in exact, -len(found[k].articles), k))
        others = sum(len(found[k].articles) for k in ranked[1:])
        return ranked[0] if len(found[ranked[0]].articles) >= DOMINANCE * others else ""


def _variants(
    views: Sequence[ClusterView], articles: Mapping[str, int], middles: Mapping[str, set[str]]
) -> dict[str, str]:
    """Full-name key -> the key of the most used variant of that name across the corpus.

    Full names with one surname are one person when their given names are the same or one is
    a listed short form of the other ("Joe", "Joseph"), their middle names and initials agree
    (one may have none: "George W. Bush" never joins "George H.W. Bush") and so do their
    suffixes ("Jr.", or none). Two
    names that stand for two clusters of one article ("Donald Trump", "Donald Trump Jr.")
    are two people, and so never one variant.
    """
    apart: set[tuple[str, str]] = set()
    by_article: dict[int, list[list[str]]] = defaultdict(list)
    for v in views:
        if full := _full(v):
            by_article[v.article].append(full)
    for groups in by_article.values():
        for i, one in enumerate(groups):
            for other in groups[i + 1 :]:
                apart.update((a, b) for a in one for b in other if a != b)
                apart.update((b, a) for a in one for b in other if a != b)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(articles, key=lambda k: (-articles[k], k)):
        by_surname[_parts(key)[0][-1]].append(key)
    out: dict[str, str] = {}
    for keys in by_surname.values():
        people: list[list[str]] = []
        for key in keys:
            for person in people:
                if all(
                    _compatible(key, k) and (key, k) not in apart and _same_middle(key, k, middles)
                    for k in person
                ):
                    person.append(key)
                    out[key] = person[0]
                    break
            else:
                people.append([key])
    return out


def _same_middle(one: str, other: str, middles: Mapping[str, set[str]]) -> bool:
    """True unless both keys are written with middle initials, and never with the same."""
    a, b = middles.get(one, set()), middles.get(other, set())
    return not a or not b or bool(a & b)


def _parts(key: str) -> tuple[list[str], list[str]]:
    """A person key's name words and its trailing generational suffixes."""
    words = key.split()
    suffixes = lists.words("entity_name_suffixes.txt")
    cut = len(words)
    while cut > 1 and words[cut - 1] in suffixes:
        cut -= 1
    return words[:cut], words[cut:]


def _compatible(one: str, other: str) -> bool:
    """True when two full-name keys can name one person (see ``_variants``)."""
    (a, a_suffix), (b, b_suffix) = _parts(one), _parts(other)
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    if a_suffix and b_suffix and a_suffix != b_suffix:
        return False
    middle_a, middle_b = set(a[1:-1]), set(b[1:-1])
    if not (middle_a <= middle_b or middle_b <= middle_a):
        return False
    return bool(names.given_forms(a[0]) & names.given_forms(b[0]))

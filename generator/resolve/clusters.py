"""Which corpus-wide person a cluster joins: full names across articles, and surnames alone.

Each article's analysis already groups its own mentions into clusters. Across articles:

* A person cluster that gives a full name (two words or more) joins the other clusters
  with that full name. A cluster with several full names ("Crooked Hillary Clinton" in a
  headline, "Hillary Clinton" in the text) takes the one most articles use. Which full
  names are one person's, and which only share a loose key ("Gary" and "Harry", "George W."
  and "George P. Bush"), is ``fullnames``'s to say.
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
from generator.resolve import fullnames, spelling

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
    forms: tuple[fullnames.Form, ...] = ()  #: the form of each full name it goes by (see fullnames)


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
    keyed = [(n, names.match_key(n, kind)) for n in labels]
    forms = tuple(sorted({fullnames.form(n, k) for n, k in keyed if len(k.split()) > 1}))
    return ClusterView(article, name, kind, keys, _title_gender(text, found), forms)


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
        self._split = fullnames.split_keys((v.article, f) for v in views for f in v.forms)
        views = [self._own_forms(v) for v in views]
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
            for key, _, middle in v.forms:
                if middle:
                    middles[key].add(middle)
        spelled = fullnames.givens(f for v in views for f in v.forms)
        full = [(v.article, _full(v)) for v in views]
        self._variant = fullnames.variants(full, self._articles, middles, spelled)
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
        bodies = [(v.article, v.name) for v in others if v.kind == "organization"]
        self._heads, self._bare = spelling.head_words(bodies), spelling.bare_heads(bodies)

    def _own_forms(self, v: ClusterView) -> ClusterView:
        """The cluster with each full name's key made its own where its form is someone else's."""
        if not v.forms:
            return v
        # A name with initials decides the key of its key's other names ("George W. Bush").
        own = {f[0]: self._split.get(f, f[0]) for f in sorted(v.forms, key=lambda f: bool(f[2]))}
        keys = tuple(dict.fromkeys(own.get(k, k) for k in v.keys))
        return replace(v, keys=keys, forms=tuple((own[k], g, m) for k, g, m in v.forms))

    def full_key(self, v: ClusterView) -> str | None:
        """The full name a cluster goes by: its own, unless another of its names is more used.

        ``v`` has its own forms already (:meth:`_own_forms`): :meth:`group` and the index give them.
        """
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
        v = self._own_forms(v)
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

    def bare_head(self, name: str, kind: EntityKind) -> bool:
        """True for a one-word organisation name the corpus writes mostly as a longer name's head."""
        return kind == "organization" and len(name.split()) == 1 and spelling.letters(name) in self._bare

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

        A one-word organisation that is the head word of a longer one of its article has none,
        nor has one the corpus writes mostly as such a head word (``spelling.bare_heads``).
        """
        own = v.keys[0]
        bare = self.bare_head(v.name, v.kind)
        if len(own.split()) == 1 and (bare or own in self._heads.get(v.article, set())):
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
        here = {k: f for k, f in found.items() if fullnames.parts(k)[0][-1] in self._surnames[v.article]}
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

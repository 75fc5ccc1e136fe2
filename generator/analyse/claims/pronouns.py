"""What a pronoun speaker refers to: the latest compatible entity the article names before it.

A person pronoun goes to the most recent person the article does not mark as the other
gender (an honorific or a gendered noun at the name, ``data/claim_gendered_words.tsv``, else
the given name's usual gender, ``data/given_names.tsv``);
a group pronoun to the most recent organisation, country or group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.claims.index import SUBJECT_DEPS, Index, name_head, token_span
from generator.analyse.claims.words import GENDERED
from generator.analyse.lexicon.gazetteer import given_name_gender
from generator.model import MentionFound, Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

#: Pronouns that stand for a person, and for an organisation, country or group.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "it", "we"})
PRONOUNS = _PERSON_PRONOUNS | _GROUP_PRONOUNS | frozenset({"i", "you"})
#: Possessive pronouns ("his remark"), each looked up as the pronoun it is the possessive of.
_POSSESSIVES = {"his": "he", "its": "it", "their": "they", "our": "we", "my": "i", "your": "you"}
#: The gender a pronoun tells of whom it refers to.
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: What a group pronoun may stand for: "it" a body (one organisation or country), never
#: a group of people ("the Democrats"), which "they" and "we" may be.
_BODY_KINDS = frozenset({"organization", "country"})
_GROUP_KINDS = {"it": _BODY_KINDS}
#: Which gender a pronoun cannot refer to.
_OTHER_GENDER = {p: "f" if g == "m" else "m" for p, g in _PRONOUN_GENDER.items()}
#: spaCy labels of a proper-noun subject that is no person.
_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL"})
#: How far back, in characters (about 500 words), a pronoun's antecedent is looked for: news
#: names a speaker again well within that, and the bound keeps the search short.
ANTECEDENT_WINDOW = 3000
#: Words a name needs for its first to be a given name ("Warren" alone is a surname).
_FULL_NAME_WORDS = 2
#: Words before a name looked at for an honorific or gendered noun ("Mrs.", "the congresswoman").
_GENDER_WORDS_BEFORE = 3
#: Parts of speech that end the phrase a gendered word shares with a name.
_PHRASE_BREAKS = frozenset({"VERB", "AUX", "ADP", "SCONJ", "CCONJ"})


def is_pronoun(tok: Token) -> bool:
    """True for a personal or possessive pronoun ("he", "his"): its speaker is whoever it refers to."""
    return _plain(tok) in PRONOUNS and tok.pos_ == "PRON"


def _plain(tok: Token) -> str:
    """The pronoun in lower case, a possessive as the pronoun it belongs to ("his": "he")."""
    return _POSSESSIVES.get(tok.lower_, tok.lower_)


def pronoun_cluster(pronoun: Token, index: Index) -> int | None:
    """The cluster a pronoun speaker refers to: its own mention's, else its antecedent's."""
    own = index.mentions_in(token_span([pronoun]))
    if own and own[0].role == "pronoun":
        return own[0].cluster
    return antecedent(pronoun, index)


def stated_genders(index: Index) -> dict[int, str]:
    """Clusters the article marks as male ('m') or female ('f'), computed once per article.

    Words at the name ("Mrs.", "the congresswoman") decide; a cluster without them takes
    the gender its given name nearly always has ("Hillary Clinton"), else that of the
    pronouns that can only mean it (:func:`_pronoun_votes`); conflicting votes of one kind
    leave the cluster without one.
    """
    if index.cluster_genders is None:
        stated: dict[int, set[str]] = {}
        named: dict[int, set[str]] = {}
        for mention in index.mentions:
            if mention.kind != "person":
                continue
            gender = _mention_gender(mention, index)
            if gender is not None:
                stated.setdefault(mention.cluster, set()).add(gender)
            given = _given_name_gender(mention)
            if given is not None:
                named.setdefault(mention.cluster, set()).add(given)
        votes = {**_pronoun_votes(index), **named, **stated}
        index.cluster_genders = {c: next(iter(g)) for c, g in votes.items() if len(g) == 1}
    return index.cluster_genders


def _pronoun_votes(index: Index) -> dict[int, set[str]]:
    """Genders of "he" and "she" outside quotes where only one person is named just before.

    'Lee arrived late. She said ...': the sentence before the pronoun and its own words up
    to it name one person only, so the pronoun is that person's, and tells the gender.
    """
    votes: dict[int, set[str]] = {}
    for tok in index.doc:
        gender = _PRONOUN_GENDER.get(tok.lower_)
        if gender is None or tok.pos_ != "PRON" or index.in_quote(tok):
            continue
        sent = tok.sent
        start = index.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        span = Span(index.doc[start].idx, tok.idx)
        people = {
            m.cluster
            for m in index.mentions_in(span)
            if m.kind == "person" and m.span.start >= span.start and index.quote_of(m.span.start) is None
        }
        if len(people) == 1:
            votes.setdefault(people.pop(), set()).add(gender)
    return votes


def _given_name_gender(mention: MentionFound) -> str | None:
    """The likely gender of a full name's given name ("Hillary Clinton": 'f'); not of a surname alone."""
    words = mention.name.split()
    if mention.role != "name" or len(words) < _FULL_NAME_WORDS:
        return None
    return given_name_gender(words[0])


def _mention_gender(mention: MentionFound, index: Index) -> str | None:
    """'m' or 'f' when the words at a person's name say so: an honorific or a gendered noun."""
    doc = index.doc
    tokens = index.token_range(mention.span)
    if not tokens:
        return None
    first, last = doc[tokens[0]], doc[tokens[-1]]
    start = max(first.sent.start, first.i - _GENDER_WORDS_BEFORE)
    # A word before the name tells its gender only inside the name's own phrase: "Reagan's
    # daughter, attacked Trump" says nothing of Trump.
    before = [doc[i] for i in range(start, first.i) if _joined(doc[i + 1 : first.i])]
    after = [c for c in name_head(last).children if c.dep_ == "appos"]
    found = {GENDERED[w.lower_] for w in before + after if w.lower_ in GENDERED}
    return found.pop() if len(found) == 1 else None


def _joined(between: Iterable[Token]) -> bool:
    """True when no punctuation, verb or preposition parts a word from the name after it."""
    return not any(t.is_punct or t.pos_ in _PHRASE_BREAKS for t in between)


def antecedent(pronoun: Token, index: Index) -> int | None:
    """Cluster of the most recent compatible entity before a pronoun, quotes skipped.

    A person pronoun skips people the article marks as the other gender ("Mrs. Lee
    met Mr. Park. "...," she said" is Lee's).
    """
    plain = _plain(pronoun)
    person = plain in _PERSON_PRONOUNS
    kinds = {"person"} if person else _GROUP_KINDS.get(plain, _BODY_KINDS | {"group"})
    clash = _OTHER_GENDER.get(plain)
    genders = stated_genders(index) if clash else {}
    limit = pronoun.idx - ANTECEDENT_WINDOW
    best: MentionFound | None = None
    for mention in index.mentions_before(pronoun.idx):
        if mention.span.start < limit:
            break
        if mention.kind not in kinds or index.quote_of(mention.span.start) is not None:
            continue
        if clash is None or genders.get(mention.cluster) != clash:
            best = mention
            break
    fallback = _subject_antecedent(pronoun, index, limit) if person else None
    # Cluster 0 is a cluster too: compare with None, never by truth.
    if (
        fallback is not None
        and clash is not None
        and fallback[1] is not None
        and genders.get(fallback[1]) == clash
    ):
        fallback = None
    if fallback is not None and (best is None or fallback[0] > best.span.start):
        return fallback[1]
    return best.cluster if best is not None else None


def _subject_antecedent(pronoun: Token, index: Index, limit: int) -> tuple[int, int | None] | None:
    """Offset and cluster of the latest proper-noun subject that may be a person, before the pronoun."""
    doc = index.doc
    i = pronoun.i - 1
    while i >= 0 and doc[i].idx >= limit:
        tok = doc[i]
        i -= 1
        if tok.dep_ not in SUBJECT_DEPS or tok.pos_ != "PROPN" or index.in_quote(tok):
            continue
        if tok.ent_type_ in _NOT_PERSON_ENTS:
            continue
        # A subject the article names as anything but a person ("the White House") is
        # never "he" or "she", unless the parser too takes it for a person's name (the
        # article's entity kind can be wrong); a word naming no entity may be a person's.
        hits = index.mentions_in(token_span([tok]))
        if any(m.kind in {"country", "region", "group"} for m in hits):
            continue
        people = [m for m in hits if m.kind == "person"] or (hits if tok.ent_type_ == "PERSON" else [])
        if hits and not people:
            continue
        return tok.idx, people[0].cluster if people else None
    return None

"""Entity mentions in one article: find, type, and cluster them.

spaCy's small model finds most names but often types them wrongly (Kherson as PERSON,
Zelenskiy as ORG, Starukh as DATE). The stages below correct it with general knowledge:

1. *Candidates* (``_candidates``): spaCy's entities of the kinds we keep, numeric-labelled
   entities made of proper nouns ("Starukh" as DATE), proper-noun runs spaCy missed, words
   spaCy labelled a name elsewhere in the article ("Reuters" tagged NN once), and
   abbreviations from the lexicon anywhere ("U.N." inside a LAW entity). An unknown run
   next to a candidate joins it when together they make a person ("Agnes" + "Varda").
2. *Spans* (``_refine``): only the name's words: a leading "the", titles and nationality
   adjectives before the name, a match score and a trailing possessive are cut; a following
   place or organisation head ("St Basil's" + "Cathedral") is taken in.
3. *Kinds* (``_decide``): lexicon tables first (abbreviations, aliases, pycountry
   countries), then the head word ("... Hall" is a place), then a title before or after the
   name, or a given name opening it (the SSA given-name list: "Agnes Varda", which
   spaCy calls LOC), for a person; then spaCy's label corrected by the gazetteer when the
   context says "place" ("Kherson region", "from Mosul", a list with other places). An
   unlabelled run holding an acronym of three or more capitals is an organisation ("UEFA").
4. *Consistency* (``_harmonise``): a word that is the surname of a full person name in the
   article is a person everywhere; a name the article uses as a place somewhere is a place
   wherever spaCy only guessed PERSON for it; other unsure names take the kind the article
   gives them most often (a place label the gazetteer cannot confirm does not vote).
4b. *Teams* (``_teams``): in a sports report, place names that play each other ("Brazil
   beat Argentina 2-1", "Brazil 2 – 1 Argentina") are teams, organisations named
   "Brazil (team)", wherever the article names them, except as a place ("in Brazil") or as
   a state ("Brazil's government").
5. *Clusters* (``_cluster``): by ``names`` keys (transliteration folding, abbreviation and
   alias expansion), a lone surname joining the nearest full name with that surname, an
   acronym joining the organisation whose initials it spells.
6. *Epithets* (``_epithets``): a definite subject noun phrase headed by a characterising
   person noun ("the diminutive despot") stands for the most recently named person.

Design choices: "Kremlin", "White House" and similar seats of power are organisations
(metonymy: they speak and act in the news); a country acting as a state ("North Korea fired
shells") stays a country, an actor with its own page, but its national team is another
actor, so it gets another page; "the West" is a group (a collective actor that
claims and is claimed about, with no members named). Self-proclaimed republics that are not
ISO 3166 countries ("Donetsk People's Republic") are regions. Pronouns are never emitted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from generator.analyse.lexicon import gazetteer, kinds, names
from generator.analyse.lexicon.text import fold, strip_possessive, translit_key
from generator.analyse.segment import sentence_at
from generator.model import EntityKind, MentionFound, Paragraph, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SPACY_KINDS: dict[str, EntityKind | None] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "region",
    "LOC": "region",
    "FAC": "region",
    "NORP": None,
    "UNK": None,
}
#: Labels spaCy sometimes puts on proper names ("Starukh" DATE); rechecked as unknown.
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_CALENDAR = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "today", "yesterday", "tomorrow"),
    }
)
_ARTICLES = frozenset({"the", "a", "an"})
_TRAILING_JUNK = frozenset({"of", "and", "in", "for", "at", "on", "'s", "’s", "'", "’", ",", "."})
#: Prepositions after which a bare proper name is usually a place.
_PLACE_PREPS = frozenset({"in", "near", "from", "across", "outside", "around", "into"})
#: Family of kinds that may share a cluster (a country and a region can be one place).
_FAMILY: dict[str, str] = {
    "person": "person",
    "organization": "organization",
    "country": "place",
    "region": "place",
    "group": "group",
}
#: Sentences to look back for the person an epithet stands for.
_EPITHET_WINDOW = 10
#: Population from which a lone name the model calls a person is taken as a city anyway
#: (Kyiv, 2.9 million); lower, and real surnames that are also towns flip (Batman, Turkey).
_BIG_CITY = 1_000_000
#: A regnal or generational number ("Henry VIII"), capitals that are no acronym.
_ROMAN = re.compile(r"[IVXLC]+")
#: Appended to a place's name for its sports team, a page apart from the place itself.
_TEAM = " (team)"
#: Longest person name, in words, the given-name rule considers ("Hernan Dario Gomez Jr").
_MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class _Cand:
    """A candidate mention: token range, spaCy label, decided kind and how sure we are."""

    start: int  #: first token
    end: int  #: token after the last
    label: str  #: spaCy label, "UNK" for an unlabelled proper-noun run, "ABBR"
    kind: EntityKind | None = None
    fixed: bool = False  #: kind from a lexicon, head word or title: consistency keeps it
    placey: bool = False  #: the context says "place" (region word after, list of places)
    team: str = ""  #: the place whose sports team this name stands for ("Brazil beat Argentina")


def find_mentions(
    text: str, doc: Doc, paras: Sequence[Paragraph], sents: Sequence[Sentence]
) -> tuple[MentionFound, ...]:
    """Named mentions (and epithets) of persons, organisations, countries, regions, groups."""
    cands = [_refine(doc, c) for c in _candidates(doc)]
    cands = [c for c in cands if c.end > c.start]
    cands = [_decide(doc, c) for c in _dedupe(cands)]
    cands = _teams(doc, _harmonise(doc, cands))
    found = _cluster(doc, cands)
    return _with_epithets(doc, sents, found)


# ---------------------------------------------------------------- 1. candidates


def _candidates(doc: Doc) -> list[_Cand]:
    """Entities spaCy found, proper names under numeric labels, missed runs, abbreviations."""
    cands: list[_Cand] = []
    for ent in doc.ents:
        if ent.label_ in _SPACY_KINDS:
            cands.append(_Cand(ent.start, ent.end, ent.label_))
        elif ent.label_ in _NUMERIC_LABELS and _is_proper_run(doc[ent.start : ent.end]):
            cands.append(_Cand(ent.start, ent.end, "UNK"))
    covered = {i for c in cands for i in range(c.start, c.end)}
    # One name, one sense in an article: a word the model took as a name once is a name
    # wherever it recurs, even where the tagger calls it a common noun ("Reuters" NN).
    known = frozenset(e.text for e in doc.ents if e.label_ in _SPACY_KINDS and len(e) == 1)
    cands.extend(_missed(doc, covered, known))
    return _merge_adjacent(doc, sorted(cands, key=lambda c: (c.start, c.end)))


def _is_proper_run(tokens: Iterable[Token]) -> bool:
    """True when every token is a capitalised proper noun and none is a calendar word."""
    toks = list(tokens)
    return bool(toks) and all(
        t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and t.lower_ not in _CALENDAR for t in toks
    )


def _missed(doc: Doc, covered: set[int], known: frozenset[str]) -> Iterable[_Cand]:
    """Abbreviations from the lexicon, proper-noun runs and known names no entity covers."""
    i = 0
    while i < len(doc):
        if i in covered:
            i += 1
            continue
        if gazetteer.abbreviation(doc[i].text):
            yield _Cand(i, i + 1, "ABBR")
            i += 1
            continue
        j = i
        while (
            j < len(doc)
            and j not in covered
            and (_is_proper_run([doc[j]]) or (doc[j].text in known and doc[j].text[:1].isupper()))
        ):
            j += 1
        if j > i:
            yield _Cand(i, j, "UNK")
        i = max(j, i + 1)


def _merge_adjacent(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Join an unknown run to the candidate right next to it when together they are a person.

    That is when the other is a person ("Oleksandar" + "Starukh"), or when the two open with
    a given name ("Agnes" + "Varda", which the model took for a place).
    """
    out: list[_Cand] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.end == cand.start and "UNK" in (prev.label, cand.label):
            label = cand.label if prev.label == "UNK" else prev.label
            words = [t.text for t in doc[prev.start : cand.end]]
            if label in ("UNK", "PERSON") or _given_name_first(words):
                out[-1] = _Cand(prev.start, cand.end, "PERSON" if label != "UNK" else label)
                continue
        out.append(cand)
    return out


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    """Drop candidates overlapping an earlier one (refining can make two touch)."""
    out: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.start, -c.end)):
        if not out or cand.start >= out[-1].end:
            out.append(cand)
    return out


# ---------------------------------------------------------------- 2. spans


def _refine(doc: Doc, cand: _Cand) -> _Cand:
    """Cut the span to the name's words; take in a following place or organisation head."""
    start, end = cand.start, cand.end
    while end < len(doc) and doc[end].text[:1].isupper() and kinds.head_kind([doc[end].text]):
        end += 1
    words = [t.text for t in doc[start:end]]
    # The last title inside the span ends whatever came before ("U.N. chief Antonio Guterres").
    cut = 0
    for k in range(len(words) - 1):
        n = kinds.title_length(words[k:])
        if n and k + n < len(words) and _is_proper_run(doc[start + k + n : end]):
            cut = k + n
    start += cut
    while end - start > 1 and (doc[start].lower_ in _ARTICLES or _is_demonym_modifier(doc, start, end)):
        start += 1
    # A score is no part of a name ("Argentina 2-1" as one entity, "Brazil 2" before "– 1"),
    # nor is what follows a "the" right after a capitalised word ("Smith the Acme property"):
    # inside names "the" follows a preposition ("Church of the Nativity", "Bank Of The West").
    for k in range(start + 1, end):
        if _score_at(doc, k, len(doc)) or _name_then_the(doc, k):
            end = k
            break
    while end - start > 1 and doc[end - 1].lower_ in _TRAILING_JUNK:
        end -= 1
    return replace(cand, start=start, end=end)


def _name_then_the(doc: Doc, k: int) -> bool:
    """True when token ``k`` is "the" right after a capitalised word that is no preposition."""
    prev = doc[k - 1]
    return doc[k].lower_ == "the" and prev.text[:1].isupper() and prev.pos_ not in ("ADP", "CCONJ", "DET")


def _is_demonym_modifier(doc: Doc, start: int, end: int) -> bool:
    """True for a nationality adjective before a title or name ("Ukrainian President ...")."""
    rest = " ".join(t.text for t in doc[start + 1 : end])
    return (
        kinds.is_demonym(doc[start].text)
        and gazetteer.country(rest) is None
        and gazetteer.alias(rest) is None
        and not kinds.head_kind([t.text for t in doc[start + 1 : end]])
    )


# ---------------------------------------------------------------- 3. kinds


def _decide(doc: Doc, cand: _Cand) -> _Cand:
    """Kind from lexicons, head word, titles, then spaCy's label checked by the gazetteer."""
    words = [t.text for t in doc[cand.start : cand.end]]
    name = strip_possessive(" ".join(words))
    table = gazetteer.abbreviation(name) or gazetteer.alias(name)
    if table is not None:
        return replace(cand, kind=table[1], fixed=True)
    if gazetteer.country(name) is not None:
        return replace(cand, kind="country", fixed=True)
    if cand.label != "PERSON" and _given_name_first(words):
        return replace(cand, kind="person", fixed=True)
    if cand.label == "NORP" or kinds.is_demonym(name):
        return replace(cand, kind=_norp_kind(doc, cand, name))
    head = kinds.head_kind(words)
    if head is not None:
        return replace(cand, kind=head, fixed=True)
    if fold(words[-1]) == "republic":
        # A republic pycountry does not know: a self-proclaimed entity, typed as a place.
        return replace(cand, kind="region", fixed=True)
    if _titled(doc, cand):
        return replace(cand, kind="person", fixed=True)
    placey = _place_context(doc, cand)
    kind = _SPACY_KINDS.get(cand.label) if cand.label != "ABBR" else None
    if kind == "person" and (_is_acronym(name) or _is_acronym(words[-1])):
        kind = "organization"  # people are not written in capitals ("NPP's Ann Lee")
    if kind in ("person", None) and _looks_like_place(name, placey, len(words), kind):
        return replace(cand, kind="region", placey=True)
    if kind == "organization" and placey and len(words) == 1 and gazetteer.place(name):
        # "from Mosul": one word the gazetteer knows, where the words around say "place".
        return replace(cand, kind="region", placey=True)
    if kind is None and cand.label == "UNK" and any(_org_acronym(w) for w in words):
        kind = "organization"  # an unlabelled run with an acronym: "UEFA", "ACME Global"
    return replace(cand, kind=kind, placey=placey)


def _is_acronym(name: str) -> bool:
    """Two or more capitals, dots allowed, no lower case ("NPP", "U.N."), not "VIII"."""
    letters = name.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and not _ROMAN.fullmatch(letters)


def _org_acronym(word: str) -> bool:
    """Three or more capitals, no dots, no title ("UEFA"; not "VR", "D.C.", "CEO").

    Undotted acronyms of that length in news mostly name organisations; dotted ones are often
    places ("D.C."), two-letter ones anything ("VR", "NZ").
    """
    return len(word) >= 3 and "." not in word and _is_acronym(word) and not kinds.is_title(word)


def _given_name_first(words: Sequence[str]) -> bool:
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
        and not kinds.is_title(first)
        and not kinds.is_demonym(first)
        and not gazetteer.common_english_first_name(last)
        and gazetteer.place(" ".join(words)) is None
        and not any(kinds.head_kind([w]) or gazetteer.country(w) for w in words)
    )


def _name_word(word: str) -> bool:
    """A word capitalised as names are: "Varda", "O'Neill", "Jean-Paul", "J." (not "UEFA")."""
    letters = word.replace("-", "").replace("'", "").replace("’", "").rstrip(".")
    return letters.isalpha() and letters[0].isupper() and (len(letters) == 1 or not letters.isupper())


def _norp_kind(doc: Doc, cand: _Cand, name: str) -> EntityKind | None:
    """Nationality adjectives are no mention; "the Russians" is a group, "Taliban" an org."""
    last = doc[cand.end - 1]
    if kinds.is_plural_demonym(name) or (last.tag_ in ("NNS", "NNPS") and kinds.is_demonym(name)):
        return "group"
    if kinds.is_demonym(name) or last.tag_ == "JJ" or last.pos_ == "ADJ":
        return None
    return "organization" if last.pos_ in ("PROPN", "NOUN") else None


def _titled(doc: Doc, cand: _Cand) -> bool:
    """A person title right before the name, or ", the governor" right after it."""
    before = [t.text for t in doc[max(cand.start - 4, 0) : cand.start]]
    for n in range(len(before), 0, -1):
        if kinds.is_title(" ".join(before[-n:])):
            return True
    after = doc[cand.end : cand.end + 4]
    if len(after) >= 2 and after[0].text == ",":
        rest = [t.text for t in after[1:] if t.lower_ not in _ARTICLES]
        return bool(rest) and kinds.is_title(rest[0])
    return False


def _place_context(doc: Doc, cand: _Cand) -> bool:
    """The words around say "place": a region word after, or a list with known places."""
    after = doc[cand.end] if cand.end < len(doc) else None
    if after is not None and after.lower_ in kinds.region_words():
        return True
    before = doc[cand.start - 1] if cand.start > 0 else None
    if (
        before is not None
        and before.lower_ in _PLACE_PREPS
        and cand.end - cand.start == 1
        and (after is None or after.tag_ != "POS")
    ):
        return True
    return _listed_with_place(doc, cand)


def _listed_with_place(doc: Doc, cand: _Cand) -> bool:
    """A conjunct of, or sharing a list with, a word the gazetteer knows as a place."""
    head = doc[cand.end - 1]
    partners = list(head.conjuncts)
    for other in partners:
        if other.i in range(cand.start, cand.end) or not other.text[:1].isupper():
            continue
        if gazetteer.country(other.text) or (
            other.ent_type_ in ("GPE", "LOC") and gazetteer.place(other.text)
        ):
            return True
    return False


def _looks_like_place(name: str, placey: bool, n_words: int, kind: EntityKind | None) -> bool:
    """Whether a name the model calls a person (or did not type) is a place after all."""
    hit = gazetteer.place(name)
    if hit is None and placey:
        hit = gazetteer.place_variant(name)
    if hit is None:
        return False
    if placey:
        return True
    # Without a cue only a single word naming a big city overrides the model.
    return kind == "person" and n_words == 1 and hit.population >= _BIG_CITY


# ---------------------------------------------------------------- 4. consistency


def _harmonise(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Same word, same kind: surnames of full person names, and names used as places."""
    surnames = {
        names.surname_key(_text(doc, c))
        for c in cands
        if c.kind == "person" and c.end - c.start > 1 and _person_name(doc, c)
    }
    place_keys = {_key(doc, c) for c in cands if c.kind == "region" and c.placey}
    out = []
    for cand in cands:
        key = _key(doc, cand)
        single = cand.end - cand.start == 1
        if not cand.fixed and single and key in surnames:
            cand = replace(cand, kind="person")
        elif not cand.fixed and cand.kind == "person" and single and key in place_keys:
            cand = replace(cand, kind="region")
        out.append(cand)
    out = _vote(doc, out)
    # Unknown runs with no decided kind, and nothing to tie them to, are dropped.
    return [c for c in out if c.kind is not None]


def _person_name(doc: Doc, cand: _Cand) -> bool:
    """A person's own name: the model or a given name says so, not only a title nearby."""
    words = [t.text for t in doc[cand.start : cand.end]]
    if _is_acronym(strip_possessive(words[-1])):
        return False  # "Pro-Labour NPP" is no one's name: "NPP" is not a surname
    return cand.label in ("PERSON", "UNK") or _given_name_first(words)


def _vote(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Give every unsure candidate the kind its name gets most often in the article.

    Evidence from lexicons, heads and titles weighs more than a bare spaCy label; a proper
    noun run spaCy left unlabelled ("Reuters" once tagged, twice not) takes the same vote.
    """
    votes: dict[str, dict[EntityKind, int]] = {}
    for cand in cands:
        if cand.kind is not None and _weight(doc, cand):
            tally = votes.setdefault(_key(doc, cand), {})
            tally[cand.kind] = tally.get(cand.kind, 0) + _weight(doc, cand)
    out = []
    for cand in cands:
        counts = votes.get(_key(doc, cand))
        if not cand.fixed and counts:
            best = max(sorted(counts), key=counts.__getitem__)
            cand = replace(cand, kind=best)
        out.append(cand)
    return out


def _weight(doc: Doc, cand: _Cand) -> int:
    """A candidate's vote: strong from lexicons, heads, titles and context, else one.

    A place label from the model that the gazetteer cannot confirm ("Wikipedia" as LOC) has
    no vote: it takes the kind the article gives that name elsewhere, if any.
    """
    if cand.fixed or cand.placey:
        return 3
    if cand.kind == "region" and cand.label in ("GPE", "LOC", "FAC"):
        return 1 if gazetteer.place(_text(doc, cand)) is not None else 0
    return 1


def _text(doc: Doc, cand: _Cand) -> str:
    """The candidate's words, possessive stripped."""
    return strip_possessive(doc[cand.start : cand.end].text)


def _key(doc: Doc, cand: _Cand) -> str:
    """Transliteration key of the whole candidate text."""
    return " ".join(translit_key(w) for w in _text(doc, cand).split())


# ---------------------------------------------------------------- 4b. sports teams

#: A match score ("1 – 0", "3-2"): at most three digits a side, so years do not match.
_SCORE = re.compile(r"\d{1,3} ?[–—-] ?\d{1,3}")
#: Words allowed between a match verb and the other side ("lost 1 – 2 to", "defeated debutants").
_BETWEEN_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "NUM", "PUNCT"})
#: Most words between a match verb and the other side.
_MAX_BETWEEN = 5


def _teams(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """Place names that play a match are teams, organisations, through the whole article.

    In a sentence with a score or a match word, two place names joined by a match verb
    ("Brazil beat Argentina", "Chile lost 1 – 2 to Peru") or by a score line
    ("Brazil 2 – 1 Argentina") are national (or city) sides, as sports news uses them.
    Every mention of such a name is then the team, except after a place preposition ("in"),
    and so is one word of a team's name used alone ("Congo" for "DR Congo").
    """
    places = {c.start: c for c in cands if c.kind in ("country", "region")}
    keys: set[str] = set()
    for first in places.values():
        second = _opponent(doc, first, places)
        if second is not None:
            keys |= {_key(doc, first), _key(doc, second)}
    teams = [(_key(doc, c), c) for c in places.values() if _key(doc, c) in keys]
    out = []
    for cand in cands:
        team = _team_of(doc, cand, teams) if cand.start in places else None
        if team is not None and not _after_place_prep(doc, cand) and not _state_owner(doc, cand):
            cand = replace(cand, kind="organization", fixed=True, team=team)
        out.append(cand)
    return out


def _team_of(doc: Doc, cand: _Cand, teams: list[tuple[str, _Cand]]) -> str | None:
    """The place name of the team ``cand`` names: its own, or the nearest holding its one word."""
    key = _key(doc, cand)
    if any(k == key for k, _ in teams):
        return names.canonical(_text(doc, cand), "country")
    if cand.end - cand.start > 1:
        return None
    holders = [t for k, t in teams if key in k.split()]
    if not holders:
        return None
    nearest = min(holders, key=lambda t: abs(t.start - cand.start))
    return names.canonical(_text(doc, nearest), "country")


def _opponent(doc: Doc, cand: _Cand, places: dict[int, _Cand]) -> _Cand | None:
    """The place name that ``cand`` plays in its sentence ("Brazil 2 – 1 Argentina"), if any."""
    sent = doc[cand.start].sent
    i = cand.end
    score = _score_at(doc, i, sent.end)
    if score:
        return places.get(i + score)  # a score line: the other side follows the score
    if i >= sent.end or doc[i].lemma_.lower() not in kinds.match_verbs() or doc[i].pos_ != "VERB":
        return None
    if not (_SCORE.search(sent.text) or any(t.lower_ in kinds.match_words() for t in sent)):
        return None
    for j in range(i + 1, min(i + 2 + _MAX_BETWEEN, sent.end)):
        if j in places:
            return places[j]
        if doc[j].pos_ not in _BETWEEN_POS or doc[j].text[:1].isupper():
            return None
    return None


def _state_owner(doc: Doc, cand: _Cand) -> bool:
    """True for a place owning an institution ("Spain's government"): the state, not the team."""
    after = doc[cand.end : cand.end + 2]
    return len(after) == 2 and after[0].tag_ == "POS" and kinds.head_kind([after[1].text]) == "organization"


def _score_at(doc: Doc, i: int, end: int) -> int:
    """How many tokens (one to three) a match score starting at token ``i`` takes, else 0."""
    for n in (1, 3):
        if i + n <= end and _SCORE.fullmatch(doc[i : i + n].text):
            return n
    return 0


def _after_place_prep(doc: Doc, cand: _Cand) -> bool:
    """True when a place preposition comes right before the name ("in Brazil")."""
    return cand.start > 0 and doc[cand.start - 1].lower_ in _PLACE_PREPS


# ---------------------------------------------------------------- 5. clusters


@dataclass
class _Node:
    """One distinct name within a family; clusters are unions of nodes."""

    family: str
    key: str
    words: int
    first: int  #: index of its first mention
    parent: int = -1


def _cluster(doc: Doc, cands: list[_Cand]) -> list[MentionFound]:
    """Cluster ids by first appearance and one display name per cluster."""
    texts = [_text(doc, c) for c in cands]
    kinds_ = [c.kind for c in cands if c.kind is not None]
    canon = [
        c.team + _TEAM if c.team else names.canonical(t, k)
        for t, k, c in zip(texts, kinds_, cands, strict=True)
    ]
    keys = [names.match_key(c, k) for c, k in zip(canon, kinds_, strict=True)]
    node_of: dict[tuple[str, str], int] = {}
    nodes: list[_Node] = []
    for i, (key, kind) in enumerate(zip(keys, kinds_, strict=True)):
        ident = (_FAMILY[kind], key)
        if ident not in node_of:
            node_of[ident] = len(nodes)
            nodes.append(_Node(ident[0], key, len(key.split()), i))
    mention_node = [node_of[(_FAMILY[k], key)] for key, k in zip(keys, kinds_, strict=True)]
    _join_persons(nodes, mention_node)
    _join_org_words(nodes, mention_node)
    _join_acronyms(nodes, canon, mention_node)
    roots = [_root(nodes, n) for n in mention_node]
    cluster_of: dict[int, int] = {}
    for root in roots:
        cluster_of.setdefault(root, len(cluster_of))
    display = _display_names(roots, canon, kinds_, texts)
    return [
        MentionFound(
            Span(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1].text)),
            _cluster_kind(roots, kinds_, root),
            display[root],
            "name",
            cluster_of[root],
        )
        for c, root in zip(cands, roots, strict=True)
    ]


def _root(nodes: list[_Node], i: int) -> int:
    """Union-find root of node ``i``."""
    while nodes[i].parent >= 0:
        i = nodes[i].parent
    return i


def _union(nodes: list[_Node], child: int, parent: int) -> None:
    """Attach ``child``'s tree under ``parent``'s root."""
    a, b = _root(nodes, child), _root(nodes, parent)
    if a != b:
        nodes[a].parent = b


def _join_persons(nodes: list[_Node], mention_node: list[int]) -> None:
    """A lone name joins the nearest full name ending (else starting) with it; sub-names join."""
    full = [i for i, n in enumerate(nodes) if n.family == "person" and n.words > 1]
    for i in full:
        for j in full:
            small, big = nodes[i].key.split(), nodes[j].key.split()
            if i != j and len(small) < len(big) and small[-1] == big[-1] and set(small) <= set(big):
                _union(nodes, i, j)
    for pos, node_id in enumerate(mention_node):
        node = nodes[node_id]
        if node.family != "person" or node.words != 1 or node.parent >= 0:
            continue
        target = _nearest_full(nodes, mention_node, pos, node.key, "last")
        if target is None:
            target = _nearest_full(nodes, mention_node, pos, node.key, "first")
        if target is not None:
            _union(nodes, node_id, target)


def _join_org_words(nodes: list[_Node], mention_node: list[int]) -> None:
    """A one-word organisation ("the Church") joins the last longer one holding that word."""
    for pos, node_id in enumerate(mention_node):
        node = nodes[node_id]
        if node.family != "organization" or node.words != 1 or node.parent >= 0:
            continue
        target = _nearest_full(nodes, mention_node, pos, node.key, "any", "organization")
        if target is not None:
            _union(nodes, node_id, target)


def _nearest_full(
    nodes: list[_Node],
    mention_node: list[int],
    pos: int,
    word: str,
    where: Literal["first", "last", "any"],
    family: str = "person",
) -> int | None:
    """Node of the nearest earlier (persons: else later) multi-word mention holding ``word``.

    ``where`` says which of its words must be ``word``: the first, the last, or any.
    """
    order = list(range(pos - 1, -1, -1))
    if family == "person":
        order += list(range(pos + 1, len(mention_node)))
    for other in order:
        node = nodes[mention_node[other]]
        words = node.key.split()
        if node.family != family or node.words < 2:
            continue
        if (where == "first" and words[0] == word) or (where == "last" and words[-1] == word):
            return mention_node[other]
        if where == "any" and word in words:
            return mention_node[other]
    return None


def _join_acronyms(nodes: list[_Node], canon: list[str], mention_node: list[int]) -> None:
    """An all-capitals organisation name joins the organisation whose initials it spells."""
    by_initials: dict[str, int] = {}
    for name, node_id in zip(canon, mention_node, strict=True):
        if nodes[node_id].family == "organization" and len(name.split()) > 1:
            by_initials.setdefault(names.initials(name), node_id)
    for name, node_id in zip(canon, mention_node, strict=True):
        bare = name.replace(".", "")
        if nodes[node_id].family == "organization" and bare.isupper() and bare in by_initials:
            _union(nodes, node_id, by_initials[bare])


def _display_names(
    roots: list[int], canon: list[str], kinds_: list[EntityKind], texts: list[str]
) -> dict[int, str]:
    """Per cluster: the longest full form seen, titles dropped (canonical for tables)."""
    best: dict[int, str] = {}
    for root, name, kind in zip(roots, canon, kinds_, strict=True):
        if kind == "person":
            name = " ".join(kinds.drop_titles(name.split()))
        old = best.get(root)
        if old is None or (len(name.split()), len(name)) > (len(old.split()), len(old)):
            best[root] = name
    return best


def _cluster_kind(roots: list[int], kinds_: list[EntityKind], root: int) -> EntityKind:
    """A cluster's kind: country beats region (a country named in passing as a place)."""
    seen = [k for r, k in zip(roots, kinds_, strict=True) if r == root]
    if "country" in seen:
        return "country"
    return max(set(seen), key=lambda k: (seen.count(k), k))


# ---------------------------------------------------------------- 6. epithets


def _with_epithets(
    doc: Doc, sents: Sequence[Sentence], found: list[MentionFound]
) -> tuple[MentionFound, ...]:
    """Add epithet mentions, resolved to the most recent person, in text order."""
    out = list(found)
    covered = [m.span for m in found]
    for head in doc:
        span = _epithet_span(doc, head)
        if span is None or any(span.overlaps(c) for c in covered):
            continue
        referent = _recent_person(out, sents, span)
        if referent is not None:
            out.append(MentionFound(span, "person", referent.name, "epithet", referent.cluster))
    return tuple(sorted(out, key=lambda m: (m.span.start, m.span.end)))


def _epithet_span(doc: Doc, head: Token) -> Span | None:
    """The span of "the (adjectives) <epithet noun>" used as a subject, else None."""
    if head.tag_ != "NN" or head.lemma_.lower() not in kinds.epithet_nouns():
        return None
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    left = list(head.lefts)
    if not left or left[0].dep_ != "det" or left[0].lower_ != "the":
        return None
    if any(t.pos_ == "PROPN" for t in left) or any(
        c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.subtree) for c in head.rights
    ):
        return None  # "the dictator of North Korea" names its own referent
    return Span(left[0].idx, head.idx + len(head.text))


def _recent_person(
    mentions: list[MentionFound], sents: Sequence[Sentence], span: Span
) -> MentionFound | None:
    """The person mentioned last before ``span``, within a few sentences."""
    here = sentence_at(sents, span.start) if sents else 0
    for mention in sorted(mentions, key=lambda m: m.span.start, reverse=True):
        if mention.span.start >= span.start or mention.kind != "person":
            continue
        if sents and here - sentence_at(sents, mention.span.start) > _EPITHET_WINDOW:
            return None
        return mention
    return None

"""Stage 3, kinds: what each candidate names, from the strongest evidence down.

Lexicon tables first (abbreviations, aliases, pycountry countries), then the head word
("... Hall" is a place), then a title before or after the name, or a given name opening it
(the SSA given-name list: "Agnes Varda", which spaCy calls LOC), for a person; then
spaCy's label corrected by the gazetteer when the context says "place" ("Kherson region",
"from Mosul", a list with other places). An unlabelled run holding an acronym of three or
more capitals is an organisation ("UEFA").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import SPACY_KINDS, Cand
from generator.analyse.entities.shapes import ARTICLES, given_name_first, is_acronym, title_before
from generator.analyse.lexicon import gazetteer, lists
from generator.analyse.lexicon.kinds import (
    head_kind,
    is_company_head,
    is_demonym,
    is_plural_demonym,
    is_title,
    title_length,
)
from generator.analyse.lexicon.text import fold, strip_possessive
from generator.model import EntityKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Prepositions after which a bare proper name is usually a place ("from Mosul").
PLACE_PREPS = lists.exact("entity_place_preps.txt")
#: Words after which a name opening with a given name is still a place or a body, as the
#: model says ("the Arizona Republic", "at Sandy Ridge"); "from" also precedes people.
_PLACE_BEFORE = frozenset({"the", "at", "in", "near"})
#: Of those, the ones that say where something happened ("killed at Sandy Ridge").
WHERE_BEFORE = frozenset({"at", "in", "near"})
#: Population from which a lone name the model calls a person is taken as a city anyway
#: (Kyiv, 2.9 million); lower, and real surnames that are also towns flip (Batman, Turkey).
_BIG_CITY = 1_000_000
#: Tokens looked at before a name for a title ("deputy prime minister" is the longest title),
#: and after it for ", the governor" (comma, article, title).
_TITLE_REACH = 4


def decide(doc: Doc, cand: Cand) -> Cand:
    """Kind from lexicons, head word, titles, then spaCy's label checked by the gazetteer."""
    words = [t.text for t in doc[cand.start : cand.end]]
    name = strip_possessive(" ".join(words))
    table = gazetteer.abbreviation(name) or gazetteer.alias(name)
    if table is not None:
        return replace(cand, kind=table[1], fixed=True)
    known = gazetteer.known_kind(name)
    if known is not None:
        return replace(cand, kind=known, fixed=True)
    if gazetteer.country(name) is not None:
        # "Alabama, Arkansas, Georgia and Tennessee": listed with states, the state.
        state = _listed_with_states(doc, cand, gazetteer.subdivision_of(name))
        return replace(cand, kind="region" if state else "country", fixed=True)
    if _ends_in_body(words):
        return replace(cand, kind="organization", fixed=True)  # "the Obama White House"
    if _family(doc, cand):
        return replace(cand, kind="group", fixed=True)  # "the Clintons": a family, no one person
    if cand.label != "PERSON" and given_name_first(words) and not placed(doc, cand):
        return replace(cand, kind="person", fixed=True)
    if gazetteer.residents(name):
        return replace(cand, kind="group", fixed=True)  # "Arizonans": people, no organisation
    if cand.label == "NORP" or is_demonym(name):
        return replace(cand, kind=_norp_kind(doc, cand, name))
    head = head_kind(words)
    if head is not None and not (len(words) == 1 and is_company_head(words[0])):
        # Alone, a company's or a paper's word is a common word ("Energy", "Star").
        return replace(cand, kind=head, fixed=True)
    if fold(words[-1]) == "republic":
        # A republic pycountry does not know: a self-proclaimed entity, typed as a place; or,
        # listed with bodies, a newspaper ("the Arizona Republic and the Cincinnati Enquirer").
        return replace(cand, kind="organization" if _listed_with_org(doc, cand) else "region", fixed=True)
    if titled(doc, cand):
        return replace(cand, kind="person", fixed=True)
    placey = _place_context(doc, cand)
    kind = SPACY_KINDS.get(cand.label) if cand.label != "ABBR" else None
    if kind == "person" and (is_acronym(name) or is_acronym(words[-1])):
        kind = "organization"  # people are not written in capitals ("NPP's Ann Lee")
    if kind in ("person", None) and _looks_like_place(name, placey, len(words), kind):
        return replace(cand, kind="region", placey=True)
    if kind == "organization" and placey and len(words) == 1 and gazetteer.place(name):
        # "from Mosul": one word the gazetteer knows, where the words around say "place".
        return replace(cand, kind="region", placey=True)
    if kind == "region" and not placey and gazetteer.place(name) is None and _listed_with_org(doc, cand):
        # "Ubisoft, Microsoft and Sony": a "place" no gazetteer knows, listed with companies.
        return replace(cand, kind="organization")
    if kind is None and cand.label == "UNK" and any(org_acronym(w) for w in words):
        kind = "organization"  # an unlabelled run with an acronym: "UEFA", "ACME Global"
    return replace(cand, kind=kind, placey=placey)


def _ends_in_body(words: Sequence[str]) -> bool:
    """True when the name's last words are a seat of power or body the tables know.

    The model runs a leader's name into the body it led ("Obama White House", "Putin
    Kremlin"): the body in that leader's time, no person.
    """
    for k in range(1, len(words)):
        table = gazetteer.alias(" ".join(words[k:]))
        if table is not None and table[1] == "organization":
            return True
    return False


def placed(doc: Doc, cand: Cand, before_words: frozenset[str] = _PLACE_BEFORE) -> bool:
    """True for a name after "the" or a place's preposition that ends its noun phrase.

    No one is "the Rio Games" or "at Sandy Ridge": a given name opening such a name is a
    place's or a body's word ("the Arizona Republic"). A person's name can modify a noun
    ("the Annie Oakley print") or own one ("the Agnes Varda's"), and stays a person's.
    """
    before = doc[cand.start - 1].lower_ if cand.start > 0 else ""
    after = doc[cand.end] if cand.end < len(doc) else None
    return before in before_words and (
        after is None or (after.tag_ != "POS" and after.pos_ not in ("NOUN", "PROPN"))
    )


def _family(doc: Doc, cand: Cand) -> bool:
    """True for a surname in the plural ("the Clintons", "the Joneses") that the article gives a person.

    One word in "-s" whose singular follows a given name somewhere in the article ("Bill
    Clinton"): the family, a group. "Democrats" follows no given name.
    """
    word = doc[cand.start].text
    if cand.end - cand.start != 1 or not word[:1].isupper() or not word.endswith("s") or word.isupper():
        return False
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return any(tok.text in stems and tok.i > 0 and gazetteer.first_name(doc[tok.i - 1].text) for tok in doc)


def org_acronym(word: str) -> bool:
    """Three or more capitals, no dots, no title ("UEFA"; not "VR", "D.C.", "CEO").

    Undotted acronyms of that length in news mostly name organisations; dotted ones are often
    places ("D.C."), two-letter ones anything ("VR", "NZ").
    """
    return len(word) >= 3 and "." not in word and is_acronym(word) and not is_title(word)


def _norp_kind(doc: Doc, cand: Cand, name: str) -> EntityKind | None:
    """Nationality adjectives are no mention; "the Russians" is a group, "Taliban" an org."""
    last = doc[cand.end - 1]
    if is_plural_demonym(name) or (last.tag_ in ("NNS", "NNPS") and is_demonym(name)):
        return "group"
    if is_demonym(name) or last.tag_ == "JJ" or last.pos_ == "ADJ":
        return None
    after = doc[cand.end] if cand.end < len(doc) else None
    if cand.end - cand.start == 1 and after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None  # one word before a noun modifies it ("Republican nominee"): an adjective
    return "organization" if last.pos_ in ("PROPN", "NOUN") else None


def titled(doc: Doc, cand: Cand) -> bool:
    """A title (or a plural one) or a kinship word just before the name, or ", the governor" after it."""
    before = [t.text for t in doc[max(cand.start - _TITLE_REACH, 0) : cand.start]]
    for n in range(len(before), 0, -1):
        if is_title(" ".join(before[-n:])):
            return True
    if title_before(doc, cand.start):
        return True  # a plural title before a list of names ("senators Ted Cruz and ...")
    if cand.start > 0 and doc[cand.start - 1].text in lists.words("entity_kinship_words.txt"):
        return True  # "her sister Victoria": a kinship word in lower case, then a person
    after = doc[cand.end : cand.end + _TITLE_REACH]
    if len(after) >= 2 and after[0].text == ",":
        rest = [t for t in after[1:] if t.lower_ not in ARTICLES]
        return bool(rest) and is_title(rest[0].text) and not _opens_next_name(doc, rest[0].i)
    return False


def _opens_next_name(doc: Doc, i: int) -> bool:
    """True when the title at token ``i`` opens the next name of a list ("Nordstrom, Lord & Taylor").

    A title in apposition ("Jo Marsh, the governor, said") ends there or goes on in lower
    case ("governor of Ohio"); one followed by a capitalised word or "&" is part of another name.
    """
    n = title_length([t.text for t in doc[i : i + _TITLE_REACH]])  # "Prime Minister", whole
    nxt = doc[i + n] if n and i + n < len(doc) else None
    return nxt is not None and (nxt.text == "&" or (nxt.text[:1].isupper() and nxt.is_alpha))


def _place_context(doc: Doc, cand: Cand) -> bool:
    """The words around say "place": a region word after, a known place before, or a list of places."""
    after = doc[cand.end] if cand.end < len(doc) else None
    if after is not None and after.lower_ in lists.words("entity_region_words.txt"):
        return True
    before = doc[cand.start - 1] if cand.start > 0 else None
    if (
        before is not None
        and before.lower_ in PLACE_PREPS
        and cand.end - cand.start == 1
        and (after is None or after.tag_ != "POS")
    ):
        return True
    return _after_place_comma(doc, cand) or _listed_with_place(doc, cand) or _office_of(doc, cand)


def _office_of(doc: Doc, cand: Cand) -> bool:
    """The name right after "<office over a place> of": "mayor of Vic", "governor of Ohio"."""
    if cand.start < 2 or doc[cand.start - 1].lower_ != "of":
        return False
    offices = lists.words("entity_place_titles.txt")
    before = [t.lower_ for t in doc[max(cand.start - 3, 0) : cand.start - 1]]
    return any(" ".join(before[-n:]) in offices for n in (1, 2))


def _after_place_comma(doc: Doc, cand: Cand) -> bool:
    """The name after "<known place>, " and before punctuation: "Livorno, Tuscany", "Paris, Texas"."""
    if cand.start < 2 or doc[cand.start - 1].text != ",":
        return False
    after = doc[cand.end] if cand.end < len(doc) else None
    if after is not None and not after.is_punct:
        return False
    if gazetteer.place(doc[cand.start : cand.end].text) is None:
        return False  # "this is America, Chris.": only a name the gazetteer knows
    prev = doc[cand.start - 2]
    # The name before the comma is a place by the model's label or by a place preposition.
    located = prev.ent_type_ in ("GPE", "LOC") or (prev.i > 0 and doc[prev.i - 1].lower_ in PLACE_PREPS)
    return located and gazetteer.place(prev.text) is not None


def _listed_with_place(doc: Doc, cand: Cand) -> bool:
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


def _listed_with_org(doc: Doc, cand: Cand) -> bool:
    """A conjunct of a name the lexicon knows as an organisation ("Microsoft", "... Ministry")."""
    for other in doc[cand.end - 1].conjuncts:
        if other.i in range(cand.start, cand.end) or not other.text[:1].isupper():
            continue
        if gazetteer.known_kind(other.text) == "organization" or head_kind([other.text]) == "organization":
            return True
    return False


def _listed_with_states(doc: Doc, cand: Cand, countries: frozenset[str]) -> bool:
    """A conjunct of a name that is a state of one of ``countries`` and no country ("Alabama").

    ``countries``: those with a state named like the candidate's country ("Georgia": US);
    "Abkhazia" (a province of the country Georgia) does not make Georgia a US state.
    """
    for other in doc[cand.end - 1].conjuncts:
        if other.i in range(cand.start, cand.end) or not other.text[:1].isupper():
            continue
        named = " ".join([t.text for t in other.lefts if t.dep_ == "compound"] + [other.text])
        if gazetteer.subdivision_of(named) & countries and gazetteer.country(named) is None:
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

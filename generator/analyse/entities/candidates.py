"""Stage 1, candidates: the token runs that may name someone or somewhere.

spaCy's entities of the kinds we keep, numeric-labelled entities made of proper nouns
("Starukh" as DATE), proper-noun runs spaCy missed, words spaCy labelled a name elsewhere in
the article ("Reuters" tagged NN once), and abbreviations from the lexicon anywhere ("U.N."
inside a LAW entity). An unknown run next to a candidate joins it when together they make a
person ("Agnes" + "Varda"). Also the candidate itself (:class:`Cand`), which every later
stage refines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analyse.entities.shapes import agency_words, given_name_first, is_proper_run, title_before
from generator.analyse.lexicon import english, gazetteer, lists
from generator.analyse.lexicon.kinds import head_kind, is_title
from generator.analyse.lexicon.text import fold, strip_possessive, translit_key, visible
from generator.model import EntityKind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: spaCy's labels we keep, and the kind each suggests ("UNK": an unlabelled proper-noun run).
SPACY_KINDS: dict[str, EntityKind | None] = {
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


@dataclass(frozen=True)
class Cand:
    """A candidate mention: token range, spaCy label, decided kind and how sure we are."""

    start: int  #: first token
    end: int  #: token after the last
    label: str  #: spaCy label, "UNK" for an unlabelled proper-noun run, "ABBR"
    kind: EntityKind | None = None
    fixed: bool = False  #: kind from a lexicon, head word or title: consistency keeps it
    placey: bool = False  #: the context says "place" (region word after, list of places)
    team: str = ""  #: the place whose sports team this name stands for ("Brazil beat Argentina")
    borrowed: bool = False  #: a body name found again in the headline or a dateline: no vote


def text_of(doc: Doc, cand: Cand) -> str:
    """The candidate's words, possessive and invisible marks (a soft hyphen) stripped."""
    return strip_possessive(visible(doc[cand.start : cand.end].text))


def key_of(doc: Doc, cand: Cand) -> str:
    """Transliteration key of the whole candidate text."""
    return " ".join(translit_key(w) for w in text_of(doc, cand).split())


def find_candidates(doc: Doc) -> list[Cand]:
    """Entities spaCy found, proper names under numeric labels, missed runs, abbreviations."""
    cands: list[Cand] = []
    for ent in doc.ents:
        if ent.label_ in SPACY_KINDS:
            cands.append(Cand(ent.start, ent.end, ent.label_))
        elif ent.label_ in _NUMERIC_LABELS and is_proper_run(doc[ent.start : ent.end]):
            cands.append(Cand(ent.start, ent.end, "UNK"))
    covered = {i for c in cands for i in range(c.start, c.end)}
    # One name, one sense in an article: a word the model took as a name once is a name
    # wherever it recurs, even where the tagger calls it a common noun ("Reuters" NN).
    known = frozenset(e.text for e in doc.ents if e.label_ in SPACY_KINDS and len(e) == 1)
    cands.extend(_missed(doc, covered, known))
    return _merge_adjacent(doc, sorted(cands, key=lambda c: (c.start, c.end)))


def _missed(doc: Doc, covered: set[int], known: frozenset[str]) -> Iterable[Cand]:
    """Abbreviations and known names from the lexicon, proper-noun runs no entity covers."""
    i = 0
    while i < len(doc):
        if i in covered:
            i += 1
            continue
        if gazetteer.abbreviation(doc[i].text) or (
            doc[i].text[:1].isupper() and gazetteer.known_kind(doc[i].text) is not None
        ):
            yield Cand(i, i + 1, "ABBR")
            i += 1
            continue
        j = i
        while (
            j < len(doc)
            and j not in covered
            and (is_proper_run([doc[j]]) or (doc[j].text in known and doc[j].text[:1].isupper()))
        ):
            j += 1
        if j > i:
            yield Cand(i, j, "UNK")
        i = max(j, i + 1)


def _merge_adjacent(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Join an unknown run to the candidate right next to it when together they are a person.

    That is when the other is a person ("Oleksandar" + "Starukh"), when the two open with
    a given name ("Agnes" + "Varda", which the model took for a place), or when a title
    comes before them ("athletes Vitas" + "Gerulaitis"). A person's name cut after a particle
    takes the name after it, whatever its label.
    """
    out: list[Cand] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and _agency(doc, prev, cand):
            out[-1] = Cand(prev.start, cand.end, "ORG")  # "Environment" + "Canada"
            continue
        if prev is not None and _norp_and_head(doc, prev, cand):
            out[-1] = Cand(prev.start, cand.end, "ORG")  # "Islamic" + "State"
            continue
        if prev is not None and _particle_end(doc, prev, cand):
            out[-1] = Cand(prev.start, cand.end, "PERSON")  # "Ursula von der" + "Leyen"
            continue
        if prev is not None and prev.end == cand.start and "UNK" in (prev.label, cand.label):
            label = cand.label if prev.label == "UNK" else prev.label
            words = [t.text for t in doc[prev.start : cand.end]]
            if label in ("UNK", "PERSON") or given_name_first(words) or title_before(doc, prev.start):
                out[-1] = Cand(prev.start, cand.end, "PERSON" if label != "UNK" else label)
                continue
        out.append(cand)
    return out


def _particle_end(doc: Doc, prev: Cand, cand: Cand) -> bool:
    """A person's name ending in a lower-case particle, then a capitalised name: one name.

    spaCy cuts some names at their particles ("Ursula von der" and "Leyen" as a place);
    no name ends in "von", "der" or "de".
    """
    last = doc[prev.end - 1]
    return (
        prev.label == "PERSON"
        and prev.end == cand.start
        and prev.end - prev.start >= 2
        and last.text.islower()
        and last.text in lists.words("claim_name_particles.txt")
        and doc[cand.start].text[:1].isupper()
    )


def _norp_and_head(doc: Doc, prev: Cand, cand: Cand) -> bool:
    """A nationality's, a faith's or a party's word, then one capitalised head word: one name.

    The model tags "Islamic" alone in "the Islamic State"; the capitalised "State" after it
    is no name of its own. Only a word that heads bodies or places ("State", "Party") makes
    a name so ("a piece of American History" is none).
    """
    word = doc[cand.start].text
    return (
        prev.label == "NORP"
        and cand.label == "UNK"
        and prev.end == cand.start
        and prev.end - prev.start == 1
        and cand.end - cand.start == 1
        and english.common_word(word)
        and not is_title(word)
        and (head_kind([word]) is not None or fold(word) in lists.words("entity_region_words.txt"))
    )


def _agency(doc: Doc, prev: Cand, cand: Cand) -> bool:
    """An unknown word right before a lone country name, together an agency ("Environment Canada")."""
    return (
        prev.label == "UNK"
        and prev.end == cand.start
        and prev.end - prev.start == 1
        and cand.end - cand.start == 1
        and agency_words(doc[prev.start].text, doc[cand.start].text)
    )


def dedupe(cands: list[Cand]) -> list[Cand]:
    """Drop candidates overlapping an earlier one (refining can make two touch)."""
    out: list[Cand] = []
    for cand in sorted(cands, key=lambda c: (c.start, -c.end)):
        if not out or cand.start >= out[-1].end:
            out.append(cand)
    return out

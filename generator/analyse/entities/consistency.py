"""Stage 4, consistency: the same name has the same kind throughout the article.

A word that is the surname of a full person name in the article is a person everywhere, and
so is a lone given name that opens one ("Melania" beside "Melania Trump"); a lone word that
opens a company's name ("Patriot" beside "Patriot Coal") is the company; a
name the article uses as a place somewhere is a place wherever spaCy only guessed PERSON for
it, and a country's name it lists with states is the state everywhere ("Georgia"); other
unsure names take the kind the article gives them most often (a place label the
gazetteer cannot confirm does not vote). A name that opens with a given name but that the
article puts after "at" or "in" ("killed at Sandy Ridge"), and never gives a title or makes
the subject of a verb, is a place (or a body) wherever it stands: "Sandy Ridge families"
is no person's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand, key_of, text_of
from generator.analyse.entities.kinds import WHERE_BEFORE, placed, titled
from generator.analyse.entities.shapes import given_name_first, is_acronym
from generator.analyse.lexicon import gazetteer, names
from generator.analyse.lexicon.kinds import is_company_head, is_demonym
from generator.analyse.lexicon.text import fold, strip_possessive
from generator.model import EntityKind

if TYPE_CHECKING:
    from spacy.tokens import Doc


def harmonise(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Same word, same kind: surnames of full person names, and names used as places."""
    surnames = {
        names.surname_key(text_of(doc, c))
        for c in cands
        if c.kind == "person" and c.end - c.start > 1 and _person_name(doc, c)
    }
    given = {
        fold(doc[c.start].text)
        for c in cands
        if c.kind == "person" and given_name_first([t.text for t in doc[c.start : c.end]])
    }
    place_keys = {key_of(doc, c) for c in cands if c.kind == "region" and c.placey}
    companies = {fold(doc[c.start].text) for c in cands if _company_name(doc, c)}
    where = _places_not_people(doc, cands)
    # A country's name the article lists with states ("Georgia") is the state throughout.
    states = {key_of(doc, c) for c in cands if c.kind == "region" and gazetteer.country(text_of(doc, c))}
    out = []
    for cand in cands:
        key = key_of(doc, cand)
        single = cand.end - cand.start == 1
        surname = names.surname_key(text_of(doc, cand)) in surnames
        if key in states and cand.kind == "country":
            cand = replace(cand, kind="region")
        elif key in where and (cand.kind == "person" or not cand.fixed):
            cand = replace(cand, kind=where[key], placey=where[key] == "region")
        elif not cand.fixed and single and (surname or _given(doc, cand, given)):
            cand = replace(cand, kind="person")
        elif not cand.fixed and cand.kind == "person" and single and key in place_keys:
            cand = replace(cand, kind="region")
        elif not cand.fixed and single and _company_word(doc, cand, companies):
            cand = replace(cand, kind="organization", fixed=True)
        out.append(cand)
    out = _vote(doc, out)
    # Unknown runs with no decided kind, and nothing to tie them to, are dropped.
    return [c for c in out if c.kind is not None]


def _places_not_people(doc: Doc, cands: list[Cand]) -> dict[str, EntityKind]:
    """Keys of names that look like a person's but that the article uses as where, with their kind.

    The name opens with a given name, stands after "at", "in" or "near" at the end of its
    noun phrase with a label other than the model's person at least once, and no mention
    of it has a title or is a verb's subject. It is a region when the model or the
    gazetteer ever says place, else a body ("at Ben Hollis" as ORG: a shop).
    """
    by_key: dict[str, list[Cand]] = {}
    for cand in cands:
        by_key.setdefault(key_of(doc, cand), []).append(cand)
    out: dict[str, EntityKind] = {}
    for key, group in by_key.items():
        where = [c for c in group if c.label != "PERSON" and placed(doc, c, WHERE_BEFORE)]
        first = group[0]
        if not where or not given_name_first([t.text for t in doc[first.start : first.end]]):
            continue
        if any(titled(doc, c) or _subject(doc, c) for c in group):
            continue
        place = any(c.label in ("GPE", "LOC", "FAC") or gazetteer.place(text_of(doc, c)) for c in where)
        out[key] = "region" if place else "organization"
    return out


def _subject(doc: Doc, cand: Cand) -> bool:
    """True when the name's head word is the subject of a verb ("Jo Marsh said"): someone acting."""
    heads = [t for t in doc[cand.start : cand.end] if not cand.start <= t.head.i < cand.end]
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in heads)


def _given(doc: Doc, cand: Cand, given: set[str]) -> bool:
    """A lone word that opens a full person name of the article ("Melania"), and no country."""
    text = text_of(doc, cand)
    if cand.kind not in ("region", "organization") or fold(text) not in given:
        return False
    return gazetteer.country(text) is None and not cand.placey and not is_acronym(text)


def _company_name(doc: Doc, cand: Cand) -> bool:
    """A two-word company name whose first word is no given name or place ("Patriot Coal")."""
    if cand.kind != "organization" or cand.end - cand.start != 2:
        return False
    first, last = doc[cand.start].text, strip_possessive(doc[cand.end - 1].text)
    return (
        is_company_head(last)
        and first[:1].isupper()
        and not gazetteer.first_name(first)
        and not is_demonym(first)
        and gazetteer.place(first) is None
        and gazetteer.country(first) is None
    )


def _company_word(doc: Doc, cand: Cand, companies: set[str]) -> bool:
    """A lone word opening a company's name in the article: the company ("Patriot" said)."""
    return fold(text_of(doc, cand)) in companies and cand.kind in ("person", "region")


def _person_name(doc: Doc, cand: Cand) -> bool:
    """A person's own name: the model or a given name says so, not only a title nearby."""
    words = [t.text for t in doc[cand.start : cand.end]]
    if is_acronym(strip_possessive(words[-1])):
        return False  # "Pro-Labour NPP" is no one's name: "NPP" is not a surname
    return cand.label in ("PERSON", "UNK") or given_name_first(words)


def _vote(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Give every unsure candidate the kind its name gets most often in the article.

    Evidence from lexicons, heads and titles weighs more than a bare spaCy label; a proper
    noun run spaCy left unlabelled ("Reuters" once tagged, twice not) takes the same vote.
    """
    votes: dict[tuple[str, str], dict[EntityKind, int]] = {}
    for cand in cands:
        if cand.kind is not None and _weight(doc, cand):
            tally = votes.setdefault(_vote_key(doc, cand), {})
            tally[cand.kind] = tally.get(cand.kind, 0) + _weight(doc, cand)
    out = []
    for cand in cands:
        counts = votes.get(_vote_key(doc, cand))
        if not cand.fixed and counts:
            best = max(sorted(counts), key=counts.__getitem__)
            cand = replace(cand, kind=best)
        out.append(cand)
    return out


def _vote_key(doc: Doc, cand: Cand) -> tuple[str, str]:
    """The name a vote is for: its transliteration key and its first three letters.

    The key folds vowels, so names that share only their consonants share it ("Syrians",
    "Soerens"); their opening letters tell them apart, as for surnames in clusters.
    """
    return key_of(doc, cand), fold(text_of(doc, cand))[:3]


def _weight(doc: Doc, cand: Cand) -> int:
    """A candidate's vote: strong from lexicons, heads, titles and context, else one.

    A place label from the model that the gazetteer cannot confirm ("Wikipedia" as LOC) has
    no vote: it takes the kind the article gives that name elsewhere, if any.
    """
    if cand.borrowed:
        return 0  # the headline repeats the body: it adds no evidence of its own
    if cand.fixed or cand.placey:
        return 3
    if cand.kind == "region" and cand.label in ("GPE", "LOC", "FAC"):
        return 1 if gazetteer.place(text_of(doc, cand)) is not None else 0
    return 1

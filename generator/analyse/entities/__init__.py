"""Entity mentions in one article: find, type and cluster them.

spaCy's small model finds most names but often types them wrongly (Kherson as PERSON,
Zelenskiy as ORG, Starukh as DATE). The stages, one module each, correct it with general
knowledge, in the order :func:`find_mentions` runs them:

1. :mod:`~.candidates`: spaCy's entities, proper names under numeric labels, missed
   proper-noun runs and lexicon abbreviations; :mod:`~.nicknames`: a quoted nickname joins
   the two halves of a person's name.
2. :mod:`~.spans`: only the name's words (titles, determiners, scores and possessives cut);
   :mod:`~.located`: a name ends before "in", "on" or "at" after its head word;
   :mod:`~.commas`: two names joined by a comma are two, unless the second qualifies the first.
2a. :mod:`~.glued`: a compound's letter, a suspended hyphen or a glued quotation cut off.
2b. :mod:`~.furniture`: no candidate in the headline, a dateline or a credit; after stage 3
   the headline and datelines get the names the body uses, and only those.
3. :mod:`~.kinds`: lexicons, head words, titles and given names, then spaCy's label checked
   by the gazetteer and the context.
4. :mod:`~.consistency`: one name, one kind through the article (surnames, places, a vote).
4b. :mod:`~.teams`: in a sports report, places that play each other are teams.
4c. :mod:`~.compounds`: a word that only stands in a common noun's compound ("the Cadillac
   tax", "a super PAC") names no one.
5. :mod:`~.clusters`: mentions of one entity share a cluster and a display name.
6. :mod:`~.epithets`: "the diminutive despot" stands for the last person named.

:mod:`~.shapes` holds the word tests the stages share.

Design choices: "Kremlin", "White House" and similar seats of power are organisations
(metonymy: they speak and act in the news); a country acting as a state ("North Korea fired
shells") stays a country, an actor with its own page, but its national team is another
actor, so it gets another page; "the West" is a group (a collective actor that claims and
is claimed about, with no members named). Self-proclaimed republics that are not ISO 3166
countries ("Donetsk People's Republic") are regions. Pronouns are never emitted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.analyse.entities import furniture
from generator.analyse.entities.attributive import cut_attributive
from generator.analyse.entities.candidates import Cand, dedupe, find_candidates
from generator.analyse.entities.clusters import cluster
from generator.analyse.entities.commas import split_at_commas
from generator.analyse.entities.compounds import without_compound_words
from generator.analyse.entities.consistency import harmonise
from generator.analyse.entities.epithets import with_epithets
from generator.analyse.entities.glued import unglue
from generator.analyse.entities.kinds import decide
from generator.analyse.entities.located import split_located
from generator.analyse.entities.lone import (
    calendar_word,
    hashtag,
    headline_word,
    hyphen_part,
    kinship_word,
    lone_sentence_word,
    period_name,
    sentence_adjective,
    suffix_or_pronoun,
)
from generator.analyse.entities.nicknames import with_nicknames
from generator.analyse.entities.spans import refine, split_coordinated
from generator.analyse.entities.teams import mark_teams
from generator.analyse.lexicon.kinds import title_length
from generator.model import MentionFound, Paragraph, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_mentions"]

#: A question or exclamation mark between two letters: two words glued ("pics?I").
_GLUED = re.compile(r"[^\W\d_][?!]+[^\W\d_]")
#: Words after a candidate looked at for the rest of a title it opens ("Defense" + "Minister").
_TITLE_TAIL = 2


def find_mentions(
    text: str, doc: Doc, paras: Sequence[Paragraph], sents: Sequence[Sentence]
) -> tuple[MentionFound, ...]:
    """Named mentions (and epithets) of persons, organisations, countries, regions, groups."""
    cands = [
        part
        for c in with_nicknames(doc, find_candidates(doc))
        for whole in split_located(doc, unglue(doc, refine(doc, c)))
        for named in split_at_commas(doc, whole)
        for part in split_coordinated(doc, named)
    ]
    # "The Warhol Polaroids": a named person's surname qualifying a common noun is the person.
    cands = [cut_attributive(doc, c) for c in cands]
    # A name has a letter and a capital: a lowercase "us" or "un" that spaCy tags is a word,
    # a number or a score ("757", "64%-27%") no name, nor a handle quoted without its "@"
    # ("ilduce2016"), nor words glued at a question mark ("pics?I bailed"). A title alone ("the
    # President", "a former Miss Universe") or a kinship word ("Mommy") names no one by name,
    # nor does a lone common word the model took for a person ("Coal miners") or a hashtag.
    # Nor does a common word capitalised in a headline only ("a Capital investment"), nor a
    # stretch of time ("Golden Week", "Super" + "Tuesday"), nor half a hyphenated word
    # ("Franco" + "-German"), nor an adjective opening a sentence ("Digital ads"), nor a
    # lone "Jr." or "I.".
    head = furniture.headline(text, paras)
    cands = [
        c
        for c in cands
        if c.end > c.start
        and _capitalised(doc, c)
        and not _only_title(doc, c)
        and not kinship_word(doc, c)
        and not lone_sentence_word(doc, c)
        and not hashtag(doc, c)
        and not headline_word(doc, c, head)
        and not period_name(doc, c)
        and not calendar_word(doc, c)
        and not hyphen_part(doc, c)
        and not sentence_adjective(doc, c)
        and not suffix_or_pronoun(doc, c)
    ]
    where = furniture.find(text, doc, paras)
    cands = [decide(doc, c) for c in furniture.outside(doc, dedupe(cands), where)]
    # The headline's names join the body's before the kinds are made consistent (its
    # "Hillary Clinton" tells that the body's lone "Clinton" is a person), and are found
    # again after, so that they take the kinds the body ends with.
    cands = harmonise(doc, _in_order(cands + furniture.body_names(doc, cands, where)))
    body = without_compound_words(doc, [c for c in mark_teams(doc, cands) if not c.borrowed])
    cands = _in_order(body + furniture.body_names(doc, body, where))
    found = cluster(doc, cands)
    return with_epithets(doc, sents, found)


def _capitalised(doc: Doc, cand: Cand) -> bool:
    """True when the candidate has a capital letter, and no "?" or "!" inside a word."""
    text = doc[cand.start : cand.end].text
    return any(c.isupper() for c in text) and _GLUED.search(text) is None


def _only_title(doc: Doc, cand: Cand) -> bool:
    """True when the candidate's words are all one title ("Miss Universe"), or open one.

    The model takes a portfolio for a body ("Defense" in "Defense Minister Jo Marsh"): with
    the words after it, it is a title, no name.
    """
    words = [t.text for t in doc[cand.start : cand.end]]
    after = [t.text for t in doc[cand.end : cand.end + _TITLE_TAIL]]
    return title_length(words) == len(words) or title_length(words + after) > len(words)


def _in_order(cands: list[Cand]) -> list[Cand]:
    """Candidates in text order."""
    return sorted(cands, key=lambda c: (c.start, c.end))

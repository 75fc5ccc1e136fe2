"""Reported speech: the clause a reporting verb introduces ("Biden said the US would ...")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analyse.claims.index import Index, token_span
from generator.analyse.claims.words import REPORTING_VERBS, negated
from generator.analyse.lexicon import lists
from generator.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Lemmas that characterise an object: "called the annexation a dangerous escalation".
CHARACTERISING_VERBS = lists.exact("claim_characterising_verbs.txt")
#: Lemmas whose object is what the speaker condemned or praised ("denouncing the referendums").
EVALUATING_VERBS = lists.exact("claim_evaluating_verbs.txt")
#: Reporting verbs whose direct object can be the content ("claimed majorities of up to 99%").
_OBJECT_CONTENT = lists.exact("claim_object_content_verbs.txt")
#: Lemmas that charge their object with a deed ("accused X of lying", "blamed X for ...").
_CHARGE = lists.exact("claim_charge_verbs.txt")
_CHARGE_PREPS = frozenset({"of", "for", "with"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "attr"})
#: Verbs of asking/urging whose infinitive is an instruction, not a report ("pressed X to ...").
_DIRECTIVE = lists.exact("claim_directive_verbs.txt")


@dataclass(frozen=True)
class Reported:
    """One reported clause and its reporting verb."""

    span: Span
    verb: Token


def find_reported(index: Index) -> Iterator[Reported]:
    """Every reported clause in the article, in text order of the verbs."""
    for verb in index.doc:
        if verb.pos_ not in {"VERB", "AUX"} or index.in_quote(verb):
            continue
        lemma = verb.lemma_.lower()
        if not _reporting(lemma) or negated(verb):
            continue
        span = _content(verb, lemma)
        if span is not None:
            yield Reported(span, verb)


def _reporting(lemma: str) -> bool:
    """True for a lemma in any of the reporting lists."""
    return (
        lemma in REPORTING_VERBS
        or lemma in CHARACTERISING_VERBS
        or lemma in EVALUATING_VERBS
        or lemma in _CHARGE
    )


def _content(verb: Token, lemma: str) -> Span | None:
    """The reported words governed by the verb, or None when it governs none."""
    children = list(verb.children)
    clause = [c for c in children if c.dep_ in _CONTENT_DEPS and c.pos_ in {"VERB", "AUX"}]
    if lemma in REPORTING_VERBS and clause:
        start = _proposition(clause[0])
        if start.i != clause[0].i:
            return _subtree_span([start])
        if lemma in _DIRECTIVE and start.dep_ == "xcomp":
            # "pressed Putin to take steps": the object belongs to the instruction.
            objects = [c for c in children if c.dep_ == "dobj" and c.i < start.i]
            return _subtree_span(objects + clause)
        return _subtree_span([start])
    if lemma in _DIRECTIVE:
        infinitive = _infinitive_below(verb)
        if infinitive is not None:
            return _subtree_span([infinitive])
    objects = [c for c in children if c.dep_ in _OBJECT_DEPS]
    if lemma in _OBJECT_CONTENT and objects and objects[0].pos_ in {"NOUN", "PROPN"}:
        return _subtree_span(objects[:1])
    if lemma in _CHARGE and objects:
        charge = [
            c for c in children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS and c.i > objects[0].i
        ]
        if charge:
            return _charge_span(verb, objects[0], charge[0])
    if lemma in CHARACTERISING_VERBS and objects:
        tail = [c for c in children if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}]
        tail += [c for c in children if c.dep_ == "prep" and c.lower_ == "as"]
        return _subtree_span(objects + tail) if tail else None
    if lemma in EVALUATING_VERBS and objects:
        extra = [c for c in children if c.dep_ == "prep" and c.lower_ in {"of", "for", "as"}]
        return _subtree_span(objects + extra)
    return None


def _charge_span(verb: Token, obj: Token, prep: Token) -> Span | None:
    """The verb, its object and the charge: "accused Trump of using ...", never "Trump of using ...".

    Without the verb the words read as no claim at all; with it the claim says what the
    speaker charged the object with, and the object stays among what the claim is about.
    """
    rest = _subtree_span([obj, prep])
    return None if rest is None else Span(verb.idx, rest.end)


def _infinitive_below(verb: Token) -> Token | None:
    """A "to" infinitive under the verb, no other verb between ("pressed X in a call to ...")."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        head = tok.head
        while head.i != verb.i and head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        return tok if head.i == verb.i else None
    return None


def _proposition(clause: Token) -> Token:
    """The clause itself, or the "that" clause inside it when the parser hung it low.

    "told invited spectators watching ... that Russia would ..." is parsed with
    "invited" as the complement; a complement without a subject is no proposition.
    """
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return clause
    for tok in clause.subtree:
        if tok.dep_ == "mark" and tok.lower_ == "that" and tok.head.i != clause.i:
            return tok.head
    return clause


def _subtree_span(heads: list[Token]) -> Span | None:
    """Span over the heads' subtrees, without a leading "that" or trailing punctuation."""
    tokens = sorted({t.i: t for h in heads for t in h.subtree}.values(), key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or (tokens[0].dep_ == "mark" and tokens[0].lower_ == "that")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    if not tokens:
        return None
    return token_span(tokens)

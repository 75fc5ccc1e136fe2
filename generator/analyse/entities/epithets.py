"""Stage 6, epithets: "the diminutive despot" as a subject stands for the last person named.

A definite subject noun phrase headed by a characterising person noun
(``data/entity_epithet_nouns.txt``) is a mention of the most recently named person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.analyse.lexicon import lists
from generator.analyse.segment import sentence_at
from generator.model import MentionFound, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Sentences to look back for the person an epithet stands for.
_EPITHET_WINDOW = 10


def with_epithets(doc: Doc, sents: Sequence[Sentence], found: list[MentionFound]) -> tuple[MentionFound, ...]:
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
    if head.tag_ != "NN" or head.lemma_.lower() not in lists.words("entity_epithet_nouns.txt"):
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

"""The claims of an article put together: reported speech added, text order, topics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.claims.cues import speaker_of
from generator.analyse.claims.direct import Quote
from generator.analyse.claims.index import Index, token_span
from generator.analyse.claims.reported import find_reported
from generator.analyse.segment import sentence_at
from generator.model import ClaimFound, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many topic lemmas a claim keeps.
TOPICS = 3
#: A reported clause with at most this many words outside quote marks is a direct quote.
_QUOTED_CLAUSE_SLACK = 2


def indirect_claims(index: Index, sents: Sequence[Sentence]) -> list[ClaimFound]:
    """Reported clauses that are not themselves direct quotes."""
    claims = []
    for reported in find_reported(index):
        if _mostly_quoted(reported.span, index):
            continue
        speaker = speaker_of(reported.verb, index)
        claims.append(
            ClaimFound(
                span=reported.span,
                kind="indirect",
                sentence=sentence_at(sents, reported.span.start),
                cue=token_span([reported.verb]),
                speaker=speaker.words,
                speaker_cluster=speaker.cluster,
                speaker_label=speaker.label,
            )
        )
    return claims


def _mostly_quoted(span: Span, index: Index) -> bool:
    """True when all but a couple of the clause's words lie inside quote marks."""
    outside = inside = 0
    for i in index.token_range(span):
        tok = index.doc[i]
        if tok.is_punct:
            continue
        if index.in_quote(tok):
            inside += 1
        else:
            outside += 1
            if outside > _QUOTED_CLAUSE_SLACK:
                return False
    return inside > 0


def in_order(direct: list[ClaimFound], kept: list[Quote], indirect: list[ClaimFound]) -> list[ClaimFound]:
    """All claims in text order, each later part of a quote pointing at its first part."""
    keyed: list[tuple[int, int, int, ClaimFound]] = [
        (c.span.start, 0, q.chain, c) for c, q in zip(direct, kept, strict=True)
    ]
    keyed += [(c.span.start, 1, -1, c) for c in indirect]
    keyed.sort(key=lambda k: (k[0], k[1]))
    first_of_chain: dict[int, int] = {}
    ordered = []
    for position, (_, kind, chain, claim) in enumerate(keyed):
        if kind == 0 and chain in first_of_chain:
            claim = replace(claim, part_of=first_of_chain[chain])
        elif kind == 0:
            first_of_chain[chain] = position
        ordered.append(claim)
    return ordered


def with_topics(claims: list[ClaimFound], index: Index) -> list[ClaimFound]:
    """Add the claim's content-noun lemmas, the article's most frequent first."""
    doc = index.doc
    frequency = Counter(t.lemma_.lower() for t in doc if _is_topic(t))
    result = []
    for claim in claims:
        lemmas: list[str] = []
        for i in index.token_range(claim.span):
            lemma = doc[i].lemma_.lower()
            if _is_topic(doc[i]) and lemma not in lemmas:
                lemmas.append(lemma)
        lemmas.sort(key=lambda lemma: -frequency[lemma])  # stable: ties keep text order
        result.append(replace(claim, topics=tuple(lemmas[:TOPICS])))
    return result


def _is_topic(tok: Token) -> bool:
    """A content noun: not a stop word, not a number, at least three letters."""
    return tok.pos_ == "NOUN" and tok.is_alpha and not tok.is_stop and len(tok.text) > 2

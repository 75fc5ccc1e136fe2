"""A small learned ranker over a direct quote's candidate speakers (:mod:`~.candidates`).

Each candidate's score is the sum of the weights of its features (a linear model, trained
by ``generator/evaluation/train_ranker.py`` on PolNeAR's train split only). The ranker
overrides the sieves' choice only when another candidate scores higher by more than the
file's margin: the sieves stay the algorithm, the ranker corrects them where it is sure.
The weights (``generator/data/claim_speaker_ranker.json``) name features only, never words.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from generator.analyse.claims.candidates import Candidate, article_facts, candidates, vocabulary
from generator.analyse.claims.index import NOBODY, Index, Speaker
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.sieves import Quoted
from generator.analyse.lexicon.lists import DATA
from generator.model import Paragraph

#: The weights file under ``generator/data/``.
WEIGHTS_FILE = "claim_speaker_ranker.json"


class Quote(Protocol):
    """What the ranker reads and sets of a quote being attributed (:class:`~.direct.Quote`)."""

    part: QuotePart
    speaker: Speaker
    sieve: str
    quoted: Quoted | None


@dataclass(frozen=True)
class Model:
    """Feature weights and the margin by which a candidate must beat the sieves' choice."""

    weights: Mapping[str, float]
    margin: float
    sieves: frozenset[str]  #: the sieves whose choice the ranker may override
    vocabulary: str  #: the fingerprint of the feature list the weights were trained for


def fingerprint(names: Sequence[str]) -> str:
    """A short hash of a feature list: the weights file records the list it was trained for."""
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]


@functools.cache
def model() -> Model:
    """The committed weights; none (the sieves alone) when trained for another feature list."""
    data = json.loads((DATA / WEIGHTS_FILE).read_text(encoding="utf-8"))
    loaded = Model(data["weights"], float(data["margin"]), frozenset(data["sieves"]), data["vocabulary"])
    # A feature list changed since training: the old weights would score other features.
    if loaded.vocabulary != fingerprint(vocabulary()):
        return Model({}, 0.0, frozenset(), loaded.vocabulary)
    return loaded


def score(candidate: Candidate, weights: Mapping[str, float]) -> float:
    """The candidate's score: the sum of its features' weights."""
    return sum(weights.get(f, 0.0) for f in candidate.features)


def choose(group: Sequence[Candidate], found: Model, sieve: str) -> Candidate | None:
    """The best candidate when it beats the sieves' choice (the first) by the margin, else None."""
    if len(group) < 2 or sieve not in found.sieves:
        return None
    best = max(group, key=lambda c: score(c, found.weights))
    if best is group[0] or score(best, found.weights) - score(group[0], found.weights) <= found.margin:
        return None
    return best


def groups(quotes: Sequence[Quote], paras: Sequence[Paragraph], index: Index) -> list[list[Candidate]]:
    """Each quote's candidates, the sieves' choice first, all worked out before any changes."""
    article = article_facts(index)
    found = []
    for i, quote in enumerate(quotes):
        previous = quotes[i - 1] if i else None
        # The quote before, in the paragraph or the one before it, may have the same speaker.
        near = previous is not None and quote.part.paragraph - previous.part.paragraph <= 1
        before = previous.speaker if near and previous is not None else NOBODY
        quoted = quote.quoted or Quoted(quote.part, paras, index)
        found.append(candidates(quoted, quote.speaker, quote.sieve, before, article))
    return found


def rerank(quotes: Sequence[Quote], paras: Sequence[Paragraph], index: Index) -> None:
    """Give each quote the candidate the ranker clearly prefers to the sieves' choice."""
    found = model()
    if not found.weights:
        return
    for quote, group in zip(quotes, groups(quotes, paras, index), strict=True):
        best = choose(group, found, quote.sieve)
        if best is not None:
            quote.speaker = best.speaker

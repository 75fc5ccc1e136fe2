"""Train the speaker ranker (:mod:`generator.analyse.claims.ranker`) on PolNeAR's train split.

For every direct quote that overlaps a gold quote with a source, the candidates
(:mod:`generator.analyse.claims.candidates`) are labelled right when their words overlap the
gold source; quotes where no candidate is right teach nothing and are left out. The model is
a conditional logit (a softmax over each quote's candidates, L2-regularised), fitted by
plain gradient descent in numpy. The margin by which a candidate must beat the sieves'
choice is picked by cross-validation within train: never on dev, which is the check.

Run: ``python -m generator.evaluation.train_ranker --cache /tmp/spk/train.docbin
../shared/eval-data/polnear-train`` writes ``generator/data/claim_speaker_ranker.json``
(``--out FILE`` to write elsewhere).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

from generator.analyse.claims import direct, ranker
from generator.analyse.claims.candidates import Candidate, vocabulary
from generator.analyse.lexicon.lists import DATA
from generator.evaluation import polnear

#: L2 strengths tried; margins tried, in score units.
_L2 = (0.3, 1.0, 3.0)
_MARGINS = (0.5, 1.0, 1.5)  # never 0: an override must be clearly surer than the sieves
_FOLDS = 5
#: Gradient steps and their size: the held-out gain stops rising well before this.
_STEPS = 1000
_RATE = 1.0
#: Fewest train quotes of a sieve for the ranker to override it.
_FEWEST = 100
#: Weights smaller than this are left out of the file (they change no choice).
_SMALLEST = 0.005


@dataclass(frozen=True)
class Group:
    """One quote's candidates as feature indices, which are right, and whether the sieves' choice is."""

    features: tuple[tuple[int, ...], ...]
    right: tuple[bool, ...]
    sieve: str  #: the sieve that answered for the quote


def collect(split: Path, cache: Path) -> list[Group]:
    """The labelled candidate groups of every gold-sourced quote in a split."""
    from generator.analyse import analyse_doc

    index_of = {name: i for i, name in enumerate(vocabulary())}
    seen: list[tuple[direct.Quote, list[Candidate]]] = []

    def record(quotes: Sequence[direct.Quote], paras: Any, index: Any) -> None:
        """Keep each quote's candidates instead of reranking."""
        for quote, group in zip(quotes, ranker.groups(quotes, paras, index), strict=True):
            seen.append((quote, group))

    groups = []
    for data, doc in zip(polnear._documents(split), polnear._cached_parses(split, cache), strict=True):
        seen.clear()
        with mock.patch.object(direct, "rerank", record):  # the analysis runs without the ranker
            analyse_doc(data["doc_id"], data["text"], doc)
        gold = [polnear._gold(a, data["text"]) for a in data["attributions"]]
        quoted = [g for g in gold if g.quoted and g.source]
        for quote, group in seen:
            hits = [g for g in quoted if polnear._overlaps(quote.part.span, g.content)]
            right = tuple(
                c.speaker.words is not None
                and any(polnear._overlaps(c.speaker.words, g.source) for g in hits)
                for c in group
            )
            if hits and any(right):
                features = tuple(tuple(index_of[f] for f in c.features) for c in group)
                groups.append(Group(features, right, quote.sieve))
    return groups


def fit(groups: Sequence[Group], size: int, l2: float) -> np.ndarray:
    """Weights maximising each group's probability of its right candidates, minus an L2 penalty."""
    rows: list[int] = []
    feats: list[int] = []
    owner: list[int] = []
    target: list[float] = []
    for g, group in enumerate(groups):
        share = 1.0 / sum(group.right)
        for features, right in zip(group.features, group.right, strict=True):
            row = len(owner)
            owner.append(g)
            target.append(share if right else 0.0)
            rows += [row] * len(features)
            feats += features
    row_of, feat_of = np.array(rows), np.array(feats)
    owners, wanted = np.array(owner), np.array(target)
    weights = np.zeros(size)
    for _ in range(_STEPS):
        scores = np.bincount(row_of, weights=weights[feat_of], minlength=len(owners))
        scores -= np.repeat(_group_max(scores, owners, len(groups)), np.bincount(owners))
        exp = np.exp(scores)
        prob = exp / np.bincount(owners, weights=exp)[owners]
        residual = prob - wanted
        gradient = np.bincount(feat_of, weights=residual[row_of], minlength=size) / len(groups)
        weights -= _RATE * (gradient + l2 * weights / len(groups))
    return weights


def _group_max(scores: np.ndarray, owners: np.ndarray, count: int) -> np.ndarray:
    """Each group's highest score (to keep the exponentials small)."""
    best = np.full(count, -np.inf)
    np.maximum.at(best, owners, scores)
    return best


def gain(groups: Sequence[Group], weights: np.ndarray, margin: float) -> Counter[str]:
    """By sieve: quotes the ranker puts right minus quotes it puts wrong, at a margin."""
    total: Counter[str] = Counter()
    for group in groups:
        scores = [float(weights[list(f)].sum()) for f in group.features]
        best = int(np.argmax(scores))
        if best != 0 and scores[best] - scores[0] > margin:
            total[group.sieve] += int(group.right[best]) - int(group.right[0])
    return total


def cross_validate(groups: Sequence[Group], size: int) -> tuple[float, float, frozenset[str], list[str]]:
    """The L2 strength, margin and sieves to override with the largest gain over held-out folds.

    A sieve is overridden only where the ranker put more quotes right than wrong in the
    held-out folds, and only when train has enough of its quotes: a rare, precise sieve
    ('chants of "..." from the crowd', 'Jones scolded him: "...," she said') has too few for
    the weights to know it, and a handful of held-out gains proves nothing.
    """
    counts = Counter(g.sieve for g in groups)
    table: dict[tuple[float, float], Counter[str]] = {}
    for l2 in _L2:
        for fold in range(_FOLDS):
            held = [g for i, g in enumerate(groups) if i % _FOLDS == fold]
            weights = fit([g for i, g in enumerate(groups) if i % _FOLDS != fold], size, l2)
            for margin in _MARGINS:
                found = gain(held, weights, margin)
                known = Counter({s: v for s, v in found.items() if counts[s] >= _FEWEST})
                table.setdefault((l2, margin), Counter()).update(known)

    def kept(key: tuple[float, float]) -> int:
        """The held-out gain over the sieves that gain."""
        return sum(v for v in table[key].values() if v > 0)

    l2, margin = max(table, key=lambda k: (kept(k), k[1]))
    report = [f"l2={k[0]} margin={k[1]}: held-out gain {kept(k)} {dict(table[k])}" for k in sorted(table)]
    return l2, margin, frozenset(s for s, v in table[(l2, margin)].items() if v > 0), report


def main(argv: list[str]) -> None:
    """Collect the train split's candidates, pick L2 and margin by cross-validation, write the weights."""
    cache = Path(argv[argv.index("--cache") + 1])
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else DATA / ranker.WEIGHTS_FILE
    flags = {"--cache", "--out"}
    split = Path(
        next(a for i, a in enumerate(argv) if a not in flags and (i == 0 or argv[i - 1] not in flags))
    )
    names = vocabulary()
    groups = collect(split, cache)
    l2, margin, sieves, report = cross_validate(groups, len(names))
    print("\n".join(report))
    weights = fit(groups, len(names), l2)
    print(f"{len(groups)} quotes; l2={l2} margin={margin} sieves={sorted(sieves)}")
    kept = {n: round(float(w), 3) for n, w in zip(names, weights, strict=True) if abs(w) >= _SMALLEST}
    data = {
        "vocabulary": ranker.fingerprint(names),
        "margin": margin,
        "sieves": sorted(sieves),
        "weights": kept,
    }
    out.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

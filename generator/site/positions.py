"""Other positions on a claim's question: claims by other speakers with real common ground.

Two claims by different speakers are shown side by side when they have common ground:

* both are on one question of ``seeds/questions.yml`` (the maintainer's word: any articles);
* or they are in the same article and share a topic word or an entity they are about;
* or they are in different articles and share both an entity they are about *and* a topic
  word. One everyday noun ("people", "town") is no common ground across articles:
  unrelated stories use the same words, and the same name alone is too little.

The most common ground comes first: 3 points per shared question, 1 per shared topic word
or entity; ties go by claim id, so the order is stable.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from generator.model import Claim
from generator.read.questions import Question
from generator.site.lookup import Lookup, claim_text

#: How many other positions a claim page lists; keeps pages small at scale.
OTHERS_LIMIT = 12
_WEIGHT = {"q": 3, "t": 1, "e": 1}


def questions_touched(questions: Sequence[Question], text: str) -> list[Question]:
    """The questions whose word beginnings start one of the words of ``text``."""
    words = re.findall(r"[a-z]+", text.lower())
    return [q for q in questions if any(w.startswith(q.words) for w in words)]


class Positions:
    """Which claims share a question, a topic word or an entity, indexed once per site."""

    def __init__(self, lookup: Lookup, questions: Sequence[Question]) -> None:
        self.lookup = lookup
        self.questions = tuple(questions)
        self._counts = {c.id: Counter(self._subject_keys(c)) for c in lookup.graph.claims}
        self._ids_on: dict[str, set[str]] = defaultdict(set)
        self._ids_in: dict[str, set[str]] = defaultdict(set)
        for c in lookup.graph.claims:
            self._ids_in[c.article].add(c.id)
            for key in self._counts[c.id]:
                self._ids_on[key].add(c.id)

    def questions_of(self, claim: Claim) -> list[str]:
        """The wording of every question the claim is on."""
        return [q.question for q in questions_touched(self.questions, claim_text(self.lookup, claim))]

    def others(self, claim: Claim) -> list[Claim]:
        """Claims by other speakers with common ground, most common ground first."""
        # Only claims that can have common ground are scored: one on a shared question, one in
        # the same article, or one sharing both an entity and a topic word. Scoring every claim
        # that shares a topic word or a name (a common noun or a president is on thousands)
        # was most of the time of a large site.
        mine = self._counts[claim.id]
        on = {kind: [self._ids_on[k] for k in mine if k[0] == kind] for kind in "qte"}
        candidates = set().union(*on["e"]).intersection(set().union(*on["t"]))
        candidates.update(*on["q"], self._ids_in[claim.article])
        scores: dict[str, int] = {}
        for other in map(self.lookup.claims.__getitem__, candidates):
            if other.id == claim.id or other.speaker == claim.speaker:
                continue
            theirs = self._counts[other.id]
            shared = mine.keys() & theirs.keys()
            if shared and _common_ground(claim, other, {k[0] for k in shared}):
                # As many points as pairs of equal keys (a topic word listed twice counts twice).
                scores[other.id] = sum(_WEIGHT[k[0]] * mine[k] * theirs[k] for k in shared)
        ranked = sorted(scores, key=lambda c: (-scores[c], c))
        return [self.lookup.claims[c] for c in ranked[:OTHERS_LIMIT]]

    def _subject_keys(self, claim: Claim) -> list[str]:
        """What a claim is about, as keys: ``q:`` questions, ``t:`` topic words, ``e:`` entities."""
        keys = [f"q:{q}" for q in self.questions_of(claim)]
        keys += [f"t:{t}" for t in claim.topics]
        return keys + [f"e:{e}" for e in claim.about if e != claim.speaker]


def _common_ground(claim: Claim, other: Claim, shared: set[str]) -> bool:
    """Whether what the two claims share (kinds of keys) is enough to compare them."""
    return claim.article == other.article or "q" in shared or {"t", "e"} <= shared

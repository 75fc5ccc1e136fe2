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
        self._keys = {c.id: self._subject_keys(c) for c in lookup.graph.claims}
        self._claims_on: dict[str, list[Claim]] = defaultdict(list)
        for c in lookup.graph.claims:
            for key in self._keys[c.id]:
                self._claims_on[key].append(c)

    def questions_of(self, claim: Claim) -> list[str]:
        """The wording of every question the claim is on."""
        return [q.question for q in questions_touched(self.questions, claim_text(self.lookup, claim))]

    def others(self, claim: Claim) -> list[Claim]:
        """Claims by other speakers with common ground, most common ground first."""
        scores: Counter[str] = Counter()
        shared: dict[str, set[str]] = defaultdict(set)
        for key in self._keys[claim.id]:
            for other in self._claims_on[key]:
                if other.id != claim.id and other.speaker != claim.speaker:
                    scores[other.id] += _WEIGHT[key[0]]
                    shared[other.id].add(key[0])
        kept = [c for c in scores if _common_ground(claim, self.lookup.claims[c], shared[c])]
        ranked = sorted(kept, key=lambda c: (-scores[c], c))
        return [self.lookup.claims[c] for c in ranked[:OTHERS_LIMIT]]

    def _subject_keys(self, claim: Claim) -> list[str]:
        """What a claim is about, as keys: ``q:`` questions, ``t:`` topic words, ``e:`` entities."""
        keys = [f"q:{q}" for q in self.questions_of(claim)]
        keys += [f"t:{t}" for t in claim.topics]
        return keys + [f"e:{e}" for e in claim.about if e != claim.speaker]


def _common_ground(claim: Claim, other: Claim, shared: set[str]) -> bool:
    """Whether what the two claims share (kinds of keys) is enough to compare them."""
    return claim.article == other.article or "q" in shared or {"t", "e"} <= shared

"""Stage 4b, teams: in a sports report, places that play each other are teams.

"Brazil beat Argentina 2-1", "Brazil 2 – 1 Argentina": the place names are teams,
organisations named "Brazil (team)", wherever the article names them, except as a place
("in Brazil") or as a state ("Brazil's government").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand, key_of, text_of
from generator.analyse.entities.kinds import PLACE_PREPS
from generator.analyse.entities.spans import SCORE, score_at
from generator.analyse.lexicon import lists, names
from generator.analyse.lexicon.kinds import head_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Words allowed between a match verb and the other side ("lost 1 – 2 to", "defeated debutants").
_BETWEEN_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "NUM", "PUNCT"})
#: Most words between a match verb and the other side.
_MAX_BETWEEN = 5


def mark_teams(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Place names that play a match are teams, organisations, through the whole article.

    In a sentence with a score or a match word, two place names joined by a match verb
    ("Brazil beat Argentina", "Chile lost 1 – 2 to Peru") or by a score line
    ("Brazil 2 – 1 Argentina") are national (or city) sides, as sports news uses them.
    Every mention of such a name is then the team, except after a place preposition ("in"),
    and so is one word of a team's name used alone ("Congo" for "DR Congo").
    """
    places = {c.start: c for c in cands if c.kind in ("country", "region")}
    keys: set[str] = set()
    for first in places.values():
        second = _opponent(doc, first, places)
        if second is not None:
            keys |= {key_of(doc, first), key_of(doc, second)}
    teams = [(key_of(doc, c), c) for c in places.values() if key_of(doc, c) in keys]
    out = []
    for cand in cands:
        team = _team_of(doc, cand, teams) if cand.start in places else None
        if team is not None and not _after_place_prep(doc, cand) and not _state_owner(doc, cand):
            cand = replace(cand, kind="organization", fixed=True, team=team)
        out.append(cand)
    return out


def _team_of(doc: Doc, cand: Cand, teams: list[tuple[str, Cand]]) -> str | None:
    """The place name of the team ``cand`` names: its own, or the nearest holding its one word."""
    key = key_of(doc, cand)
    if any(k == key for k, _ in teams):
        return names.canonical(text_of(doc, cand), "country")
    if cand.end - cand.start > 1:
        return None
    holders = [t for k, t in teams if key in k.split()]
    if not holders:
        return None
    nearest = min(holders, key=lambda t: abs(t.start - cand.start))
    return names.canonical(text_of(doc, nearest), "country")


def _opponent(doc: Doc, cand: Cand, places: dict[int, Cand]) -> Cand | None:
    """The place name that ``cand`` plays in its sentence ("Brazil 2 – 1 Argentina"), if any."""
    sent = doc[cand.start].sent
    i = cand.end
    score = score_at(doc, i, sent.end)
    if score:
        return places.get(i + score)  # a score line: the other side follows the score
    verbs = lists.words("entity_match_verbs.txt")
    if i >= sent.end or doc[i].lemma_.lower() not in verbs or doc[i].pos_ != "VERB":
        return None
    if not (SCORE.search(sent.text) or any(t.lower_ in lists.words("entity_match_words.txt") for t in sent)):
        return None
    for j in range(i + 1, min(i + 2 + _MAX_BETWEEN, sent.end)):
        if j in places:
            return places[j]
        if doc[j].pos_ not in _BETWEEN_POS or doc[j].text[:1].isupper():
            return None
    return None


def _state_owner(doc: Doc, cand: Cand) -> bool:
    """True for a place owning an institution ("Spain's government"): the state, not the team."""
    after = doc[cand.end : cand.end + 2]
    return len(after) == 2 and after[0].tag_ == "POS" and head_kind([after[1].text]) == "organization"


def _after_place_prep(doc: Doc, cand: Cand) -> bool:
    """True when a place preposition comes right before the name ("in Brazil")."""
    return cand.start > 0 and doc[cand.start - 1].lower_ in PLACE_PREPS

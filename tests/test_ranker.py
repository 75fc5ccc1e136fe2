"""The speaker ranker: candidates and their features, scoring, and the committed weights file."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from unittest import mock

import pytest

from generator.analyse import entities, segment
from generator.analyse.claims import SIEVES, direct, find_claims, ranker
from generator.analyse.claims.candidates import Candidate, vocabulary
from generator.analyse.claims.index import NOBODY, Speaker
from generator.analyse.lexicon.lists import DATA
from generator.model import Span


def _candidates(nlp: Any, text: str) -> list[list[Candidate]]:
    """Each direct quote's candidates in a small text, as the ranker sees them."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    mentions = entities.find_mentions(text, doc, paras, sents)
    found: list[list[Candidate]] = []

    def record(quotes: Sequence[direct.Quote], paras: Any, index: Any) -> None:
        """Keep the candidates instead of reranking."""
        found.extend(ranker.groups(quotes, paras, index))

    with mock.patch.object(direct, "rerank", record):
        find_claims(text, doc, paras, sents, mentions)
    return found


@pytest.mark.parametrize(
    ("text", "words", "features"),
    [
        # The outer reporting verb's subject is the sieves' choice, first among the candidates...
        (
            'The Herald reported that Mayor Ann Cole told the council: "We will fix the roads."',
            "The Herald",
            {"gen:chosen", "gen:governing", "rel:subject_of_cue", "sieve:governing_cue&gen:chosen"},
        ),
        # ... and the inner one's subject, under the cue, is another candidate.
        (
            'The Herald reported that Mayor Ann Cole told the council: "We will fix the roads."',
            "Mayor Ann Cole",
            {"gen:nearby", "rel:under_cue", "side:before", "kind:person", "sieve:governing_cue&gen:nearby"},
        ),
        # "According to" after the quote.
        (
            '"We will fix the roads," Ann Cole told the council, according to the Herald.',
            "the Herald",
            {"gen:according", "side:after", "sent:same", "pos:PROPN"},
        ),
        # The previous sentence's speaker, for a quote with no cue of its own.
        (
            'Tom Reed spoke first. Ann Cole said the vote was close. "We will fix the roads."',
            "Ann Cole",
            {"gen:chosen", "gen:previous_sentence", "sent:previous", "sieve:previous_sentence&gen:chosen"},
        ),
    ],
)
def test_candidates_carry_generic_features(nlp: Any, text: str, words: str, features: set[str]) -> None:
    (group,) = _candidates(nlp, text)
    by_words = {c.speaker.words.slice(text): c for c in group if c.speaker.words is not None}
    assert words in by_words
    assert features <= set(by_words[words].features)
    assert set(by_words[words].features) <= set(vocabulary())


def _speaker(start: int) -> Speaker:
    """A made-up speaker whose words start at ``start``."""
    return Speaker(None, Span(start, start + 3), None, None)


_GROUP = [
    Candidate(_speaker(0), ("gen:chosen", "pos:PRON")),
    Candidate(_speaker(10), ("gen:outer", "pos:PROPN")),
    Candidate(_speaker(20), ("gen:nearest",)),
]


@pytest.mark.parametrize(
    ("weights", "margin", "sieves", "chosen"),
    [
        ({"gen:outer": 2.0}, 0.5, {"governing_cue"}, 1),  # the outer subject scores highest
        ({"gen:nearest": 2.0, "pos:PROPN": 1.0}, 0.5, {"governing_cue"}, 2),
        ({"gen:outer": 2.0}, 2.5, {"governing_cue"}, None),  # not by the margin: the sieves' choice stays
        ({"gen:chosen": 1.0, "gen:outer": 0.5}, 0.0, {"governing_cue"}, None),  # the sieves' choice is best
        ({"gen:outer": 2.0}, 0.5, {"nearby_cue"}, None),  # a sieve the ranker may not override
    ],
)
def test_the_ranker_picks_the_candidate_the_weights_prefer(
    weights: dict[str, float], margin: float, sieves: set[str], chosen: int | None
) -> None:
    model = ranker.Model(weights, margin, frozenset(sieves), "")
    best = ranker.choose(_GROUP, model, "governing_cue")
    assert best is (None if chosen is None else _GROUP[chosen])


def test_a_quote_with_one_candidate_keeps_it() -> None:
    model = ranker.Model({"gen:chosen": -5.0}, 0.0, frozenset({"nobody"}), "")
    assert ranker.choose([Candidate(NOBODY, ("nobody",))], model, "nobody") is None


def _committed() -> dict[str, Any]:
    """The weights file as committed."""
    data: dict[str, Any] = json.loads((DATA / ranker.WEIGHTS_FILE).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("field", "known"),
    [
        ("weights", set(vocabulary())),
        ("sieves", {s.__name__ for s in SIEVES}),
    ],
)
def test_the_weights_file_names_only_known_features_and_sieves(field: str, known: set[str]) -> None:
    names = set(_committed()[field])
    assert names
    assert names <= known


def test_the_weights_were_trained_for_the_current_feature_list() -> None:
    # Fails when the features change without retraining: run generator.evaluation.train_ranker.
    assert _committed()["vocabulary"] == ranker.fingerprint(vocabulary())
    assert ranker.model().weights

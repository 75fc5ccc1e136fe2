"""Reported claims that charge or credit someone with a deed (texts written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_claims import _claims


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        pytest.param(
            "Ms. Lane accused the mayor of wasting public money.",
            "accused the mayor of wasting public money",
            "accused",
            id="accuse-of",
        ),
        pytest.param(
            "The union blamed the owners for closing the mill.",
            "blamed the owners for closing the mill",
            "blamed",
            id="blame-for",
        ),
        pytest.param(
            "The coach credited his players with saving the season.",
            "credited his players with saving the season",
            "credited",
            id="credit-with",
        ),
        pytest.param(
            "Ms. Lane criticised the council for ignoring the warnings.",
            "criticised the council for ignoring the warnings",
            "criticised",
            id="criticise-for",
        ),
        pytest.param(
            "Ms. Lane praised the firemen for acting so quickly.",
            "praised the firemen for acting so quickly",
            "praised",
            id="praise-for",
        ),
    ],
)
def test_a_charge_claim_reads_from_its_verb(nlp: Any, text: str, content: str, cue: str) -> None:
    found = [c for c in _claims(nlp, text) if c.kind == "indirect"]
    assert [c.span.slice(text) for c in found] == [content]
    assert found[0].cue is not None and found[0].cue.slice(text) == cue

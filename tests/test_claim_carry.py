"""A quote-only paragraph with no cue goes on with the speaker of a quote shortly before."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.analyse.claims import find_claims
from generator.model import ClaimFound


def _direct(nlp: Any, text: str) -> list[ClaimFound]:
    """The direct claims of a small text."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    mentions = entities.find_mentions(text, doc, paras, sents)
    return [c for c in find_claims(text, doc, paras, sents, mentions) if c.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A line of narration between the speaker's quote and the quote-only paragraph.
        (
            'Senator Ruth Lee spoke on Monday. "We will build the bridge," Lee said.\n'
            "Lee is upbeat about the vote, in part because of the spring floods.\n"
            '"Nobody can stop it now."',
            "Lee",
        ),
        # Two quote-only paragraphs in a row, after a paragraph with a quote of its own.
        (
            'Mayor Tom Becker was blunt. "The budget is a mess," Becker told the council.\n'
            'What "a mess" means is left to the voters.\n'
            '"We have to cut."\n'
            '"We have to cut now."',
            "Becker",
        ),
    ],
)
def test_a_quote_only_paragraph_goes_on_with_the_last_speaker(nlp: Any, text: str, speaker: str) -> None:
    last = _direct(nlp, text)[-1]
    assert last.speaker is not None and last.speaker.slice(text) == speaker


def test_a_quote_only_paragraph_far_from_any_speaker_has_none(nlp: Any) -> None:
    text = (
        'Senator Ruth Lee spoke on Monday. "We will build the bridge," Lee said.\n'
        "The river rose in March.\nThe town flooded in April.\nThe roads closed in May.\n"
        '"Nobody can stop it now."'
    )
    assert _direct(nlp, text)[-1].speaker is None

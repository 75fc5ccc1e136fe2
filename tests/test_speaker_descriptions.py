"""Unnamed speakers: a bare singular description or a document gets no page; a group does."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse.pipeline import analyse_text
from generator.model import Article
from generator.read import register
from generator.resolve import resolve
from generator.resolve.mentions import speaker_page


@pytest.mark.parametrize(
    ("label", "page"),
    [
        # One particular someone or something the article knows: no page of its own.
        ("the statement", False),
        ("The businessman", False),
        ("The retired surgeon", False),
        ("The newspaper", False),
        ("the company", False),
        ("This story", False),
        ("tireless campaigner", False),
        # Documents are no actors, whoever owns them.
        ("The poll", False),
        ("the annual report", False),
        ("Jo Marsh's memoir", False),
        ("exit polls", False),
        ("Surveys", False),
        ("One tweet", False),
        # Groups, named bodies and qualified descriptions keep their page.
        ("the protesters", True),
        ("the women", True),
        ("The Turkish government", True),
        ("The Post", True),
        ("Acme's board", True),
        ("the country's military", True),
        ("the crowd in the square", True),
        ("the flag-waving crowd outside the hall", True),
        ("an official", True),
        ("one delegate", True),
    ],
)
def test_speaker_page(label: str, page: bool) -> None:
    assert speaker_page(label) is page


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('"We will cut taxes," the statement said.', "the statement"),
        ("The businessman said that the plant would close.", "The businessman"),
        ('"Turnout is down," the poll found.', "the poll"),
    ],
)
def test_description_speaker_keeps_its_words_and_makes_no_page(nlp: Any, sentence: str, words: str) -> None:
    text = f"Jo Marsh and Ann Lee visited Dayton on Monday. {sentence}"
    analysis = analyse_text("a", text, nlp)
    graph = resolve([Article("a", "seeds/a.txt", text, "a")], [analysis], register.EMPTY)
    assert words.casefold() not in {e.name.casefold() for e in graph.entities}
    claim = next(c for c in graph.claims if c.speaker_span and c.speaker_span.slice(text) == words)
    assert claim.speaker is None  # the claim page names the speaker by the article's words

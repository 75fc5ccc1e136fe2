"""Pairing quotation marks (no parsing needed)."""

from __future__ import annotations

import pytest

from generator.analyse import segment
from generator.analyse.claims.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    """The words of every top-level quote part, in order."""
    return [p.span.slice(text) for p in find_quotes(text, segment.paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "yes, we will" and left.', ["yes, we will"]),
        ("He said “yes, we will” and left.", ["yes, we will"]),
        ('“Today we apply," he said.', ["Today we apply"]),
        ('"Today we apply,” he said.', ["Today we apply"]),
        ("''This isn't tax reform,'' said Mr. Holtz-Eakin.", ["This isn't tax reform"]),
        ("``It works,'' she said.", ["It works"]),
        (
            "He signed the application for 'accelerated accession to NATO'.",
            ["accelerated accession to NATO"],
        ),
        ("Russia's and the Kremlin's views; the countries' leaders met.", []),
        (
            "\"They pointed rifles, ordering, 'Vote!'.\" he said.",
            ["They pointed rifles, ordering, 'Vote!'."],
        ),
        # A quote in the same marks inside a quote: the outer one, holding it.
        ('"Polls call it "close" today," he said.', ['Polls call it "close" today']),
        ("“The report says “wait” and we wait,” she said.", ["The report says “wait” and we wait"]),
        ("No quotes here at all.", []),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    """Straight, curly, mixed, two-apostrophe and single marks pair; apostrophes do not."""
    assert _quoted(text) == expected


def test_open_quote_continues_into_next_paragraph() -> None:
    """A paragraph left inside a quote continues when the next one opens with a mark."""
    text = '"First part.\n"Second part," he said.\nNarration.'
    parts = find_quotes(text, segment.paragraphs(text))
    assert [p.span.slice(text) for p in parts] == ["First part.", "Second part"]
    assert not parts[0].closed and parts[1].continues


def test_odd_marks_cost_only_their_paragraph() -> None:
    """A stray mark mid-paragraph loses that paragraph's quote, not the next paragraph's."""
    text = 'He said "broken and never closed.\nShe said "we are fine" twice. "Really."'
    assert _quoted(text) == ["we are fine", "Really."]


def test_unclosed_quote_paragraph_runs_to_its_end() -> None:
    """A paragraph that opens with a mark and never closes it is one quote."""
    text = 'Intro.\n"The whole paragraph is a quote.\nNarration.'
    assert _quoted(text) == ["The whole paragraph is a quote."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ann Lee said, "The vote is close and we will count every ballot.\nNarration.',
            ["The vote is close and we will count every ballot."],
        ),
        (
            "From the memo: ''The plan costs too much and does too little.'.'\nNarration.",
            ["The plan costs too much and does too little.'.'"],
        ),
    ],
)
def test_an_introduced_quote_runs_to_its_paragraph_end(text: str, expected: list[str]) -> None:
    """A mark after a comma or a colon opens a quote even when its closing mark is lost."""
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<post id="12" author="@someone">We met today.</post>', []),
        ('<post author="Ann Lee" date="May 2">She said "not now" again.</post>', ["not now"]),
        ('<br/> He said "yes" and <em>left</em>.', ["yes"]),
        ('He wrote that 3 < 4 and "five > two" holds.', ["five > two"]),
    ],
)
def test_marks_inside_markup_tags_are_no_quotes(text: str, expected: list[str]) -> None:
    """Attribute values of a tag left in the text are not quotes; the words between tags may be."""
    assert _quoted(text) == expected

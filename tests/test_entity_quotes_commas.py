"""Names around a quoted nickname and names joined by a comma (texts written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_entities import mentions_of

_QUOTES = '"“”«»„'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('Walter "Buzz" Pemberton spoke. Pemberton left.', "Walter Pemberton", id="straight"),
        pytest.param("Walter “Buzz” Pemberton spoke. Pemberton left.", "Walter Pemberton", id="curly"),
        pytest.param('On Sunday Walter "Buzz" said little.', "Walter", id="no-surname-after"),
    ],
)
def test_a_quoted_nickname_leaves_no_quote_mark_in_a_page_name(nlp: Any, text: str, name: str) -> None:
    found = mentions_of(nlp, text)
    assert name in {m.name for m in found}
    assert not any(c in m.name for m in found for c in _QUOTES), [m.name for m in found]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "The report by the Ledger, Green Party officials said, was wrong.",
            {"Ledger", "Green Party"},
            id="source-body",
        ),
        pytest.param(
            "Buyers left Sears, Target & Co. on Friday.", {"Sears", "Target & Co."}, id="two-stores"
        ),
        pytest.param("He worked for Acme, Inc. until 2019.", {"Acme, Inc."}, id="company-suffix-stays"),
        pytest.param(
            "She moved to Springfield, Illinois, last year.", {"Springfield", "Illinois"}, id="city-state"
        ),
    ],
)
def test_two_names_joined_by_a_comma_are_two(nlp: Any, text: str, names: set[str]) -> None:
    assert {m.name for m in mentions_of(nlp, text)} == names

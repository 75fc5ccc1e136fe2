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

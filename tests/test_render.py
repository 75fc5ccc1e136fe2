from __future__ import annotations

import pytest

from generator.site.render import renumber_footnotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "B[^2] then A[^1] and B again[^2].\n\n[^1]: a\n[^2]: b\n",
            "B[^1] then A[^2] and B again[^1].\n\n[^1]: b\n\n[^2]: a\n",
        ),
        ("Escaped \\[\\^2\\] stays.[^1]\n\n[^1]: one\n", "Escaped \\[\\^2\\] stays.[^1]\n\n[^1]: one\n"),
        ("No notes at all.\n", "No notes at all.\n"),
    ],
)
def test_footnotes_are_numbered_in_reading_order(text: str, expected: str) -> None:
    assert renumber_footnotes(text) == expected

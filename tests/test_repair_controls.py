"""Issue 14, messy copy: stray control characters in an article are removed with a warning.

A NUL byte still means a binary file; everything else is repaired, and \\x02/\\x03 (the
marks Python-Markdown builds its placeholders from) never reach a generated file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.read.chars import CONTROL_RE
from tests.test_hostile import assert_refused, built_once, run_build

FIRST = "Joe Biden spoke in Washington.\n"


@pytest.mark.parametrize(
    ("line", "shown", "names"),
    [
        pytest.param(
            "Her father\x1b — then mayor — said no.", "Her father — then mayor — said no.", "U+001B", id="esc"
        ),
        pytest.param(
            "Stash \x02forged\x03 marks.", "Stash forged marks.", "U+0002, U+0003", id="markdown-stash"
        ),
        pytest.param(
            "A bell\x07, then\x7f quiet.", "A bell, then quiet.", "U+0007, U+007F", id="bell-delete"
        ),
        pytest.param("The DCS \u0090 code.", "The DCS  code.", "U+0090", id="c1-control"),
        pytest.param("Two\x1bwords glued.", "Two words glued.", "U+001B", id="esc-between-words"),
        pytest.param("One page.\x0cThe next.", "One page. The next.", "U+000C", id="form-feed"),
        pytest.param("A \x1b[31mred\x1b[0m word.", "A red word.", "U+001B", id="terminal-colour"),
    ],
)
def test_control_characters_are_removed_with_a_warning_naming_file_and_line(
    tmp_path: Path, line: str, shown: str, names: str
) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(f"{FIRST}{line}\n", encoding="utf-8")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    count = len(CONTROL_RE.findall(line))
    warning = f"warning: {seeds / 'a.txt'}:2: removed {count} control character(s): {names}"
    assert warning in err.splitlines()
    data = json.loads((docs / "data" / "explainer.json").read_text("utf-8"))
    assert data["articles"][0]["text"] == f"{FIRST}{shown}\n"
    leaked = {p.name for p in docs.rglob("*") if p.is_file() and CONTROL_RE.search(p.read_text("utf-8"))}
    assert leaked == set()


def test_markdown_stash_marks_never_reach_a_page_or_the_export(tmp_path: Path) -> None:
    stash = "Joe Biden said “\x02wzxhzdk:0\x03 is \x02\x03” in Washington.\n\x0212\x03 left.\n"
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(stash, encoding="utf-8")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    assert len(re.findall(r"a\.txt:[12]: removed \d control character\(s\): U\+0002, U\+0003", err)) == 2
    written = "".join(p.read_text("utf-8") for p in docs.rglob("*") if p.is_file())
    assert "wzxhzdk:0" in written and "\x02" not in written and "\x03" not in written


@pytest.mark.parametrize(
    ("data", "line"),
    [
        pytest.param(b"One.\nTwo \x00 three.\n", 2, id="nul-in-text"),
        pytest.param(b"One \x1b.\nTwo.\nThree\x00\n", 3, id="nul-after-a-repairable-control"),
    ],
)
def test_a_nul_byte_still_means_a_binary_file(tmp_path: Path, data: bytes, line: int) -> None:
    seeds, docs = built_once(tmp_path)
    (seeds / "b.txt").write_bytes(data)
    assert_refused(seeds, docs, f"b.txt:{line}: ", "binary")

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.read import register

GOOD = """\
entities:
  volodymyr-zelenskyy:
    name: Volodymyr Zelenskyy
    kind: person
    aliases: [Zelenski, Zelenskiy]
    description: President of Ukraine.
    wikidata: Q3881739
  zelensky:
    merged_into: volodymyr-zelenskyy
  noise:
    ignore: true
    aliases: [The event]
"""


def _load(tmp_path: Path, text: str) -> register.Register:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    return register.load(path)


def test_good_register(tmp_path: Path) -> None:
    reg = _load(tmp_path, GOOD)
    assert [e.id for e in reg.entries] == ["volodymyr-zelenskyy", "zelensky", "noise"]
    entry = reg.get("volodymyr-zelenskyy")
    assert entry is not None and entry.aliases == ("Zelenski", "Zelenskiy")
    assert reg.final_id("zelensky") == "volodymyr-zelenskyy"
    assert reg.get("noise") is not None and reg.get("noise").ignore  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["", "entities:\n", "# only a comment\n"])
def test_empty_register_is_fine(tmp_path: Path, text: str) -> None:
    assert _load(tmp_path, text).entries == ()


def test_missing_register_is_empty(tmp_path: Path) -> None:
    assert register.load(tmp_path / "nope.yml").entries == ()


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("entities:\n  a:\n    name: [unclosed\n", "invalid YAML", 3),
        ("entities:\n  a:\n    kind: planet\n", "unknown kind", 3),
        ("entities:\n  a:\n    nmae: typo\n", "unknown key", 3),
        ("entities:\n  Bad Id:\n    name: x\n", "not a valid id", 2),
        ("entities:\n  a:\n    aliases: notalist\n", "aliases", 3),
        ("entities:\n  a:\n    merged_into: ghost\n", "not in the register", 2),
        ("entities:\n  a:\n    merged_into: b\n  b:\n    merged_into: a\n", "cycle", 2),
        ("entities:\n  a:\n    merged_into: a\n", "cycle", 2),
        ("entities:\n  a: {}\n  a: {}\n", "appears twice", 3),
        ("people:\n  a: {}\n", "unknown top-level", 1),
        ("entities:\n  a:\n    wikidata: 42\n", "must be text", 3),
        ("entities:\n  a:\n    wikidata: X42\n", "Q123", 3),
    ],
)
def test_bad_register_names_file_and_line(tmp_path: Path, text: str, message: str, line: int) -> None:
    with pytest.raises(BuildError) as err:
        _load(tmp_path, text)
    assert message in str(err.value)
    assert err.value.path and err.value.path.endswith("entities.yml")
    assert err.value.line == line


def test_seed_register_is_valid() -> None:
    path = Path(__file__).resolve().parent.parent / "seeds" / "entities.yml"
    reg = register.load(path)
    assert all(e.id for e in reg.entries)


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("entities:\n  a: {}\n  b: !!python/object/apply:os.system [id]\n", "is not allowed", 3),
        ("[a]: 1\n", "plain text", 1),
        ("entities:\n  ? [a, b]\n  : {}\n", "plain text", 2),
        ("entities: {}\nentities: {a: {}}\n", "appears twice", 2),
        ('entities:\n  a:\n    name: "x\\u0002y"\n', "U+0002", 3),
        ('entities:\n  a:\n    description: "\\ud83e"\n', "U+D83E", 3),
        (
            "entities:\n  a:\n    merged_into: b\n  b:\n    merged_into: c\n  c:\n    merged_into: a\n",
            "a -> b -> c -> a",
            2,
        ),
    ],
)
def test_hostile_register_is_refused_with_its_line(
    tmp_path: Path, text: str, message: str, line: int
) -> None:
    with pytest.raises(BuildError) as err:
        _load(tmp_path, text)
    assert message in str(err.value) and err.value.line == line and err.value.hint


def test_oversized_register_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="over the limit"):
        _load(tmp_path, "entities:\n" + "# padding\n" * 300_000)


def test_entries_matching_nothing_are_warnings_naming_file_and_line(tmp_path: Path) -> None:
    reg = _load(tmp_path, GOOD)
    warnings = register.unused(reg, {"zelensky"})
    assert len(warnings) == 1  # merged and ignored entries make no page by design
    assert warnings[0].startswith(f"{tmp_path / 'entities.yml'}:2: 'volodymyr-zelenskyy' matches no name")
    assert register.unused(reg, {"volodymyr-zelenskyy"}) == []

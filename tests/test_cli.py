"""The command line as a maintainer uses it: builds, errors, and what it leaves in docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_ARTICLE, run_cli

SMALL = "Joe Biden said the plan would work. “It will,” he said in Washington.\nIt did not.\n"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _seeds(tmp_path: Path, text: str = SMALL) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    return seeds


def test_build_is_deterministic(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED_ARTICLE, seeds / SEED_ARTICLE.name)
    for out in ("one", "two"):
        result = run_cli("build", "--seeds", str(seeds), "--docs", str(tmp_path / out), "--quiet")
        assert result.returncode == 0, result.stderr
        assert result.stdout == ""
    one, two = _snapshot(tmp_path / "one"), _snapshot(tmp_path / "two")
    assert one == two
    assert len(one) > 50


@pytest.mark.parametrize(
    ("name", "data", "where"),
    [
        ("a.txt", b"ok\n\xff\xfe", "a.txt:2"),
        ("a.txt", b"", "a.txt"),
        ("a.yml", b"title: [x\n", "a.yml:1"),
        ("entities.yml", b"entities:\n  x:\n    merged_into: y\n", "entities.yml:2"),
    ],
)
def test_bad_input_fails_cleanly_and_leaves_docs_alone(
    tmp_path: Path, name: str, data: bytes, where: str
) -> None:
    seeds = _seeds(tmp_path)
    docs = tmp_path / "docs"
    assert run_cli("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    (docs / "notes.md").write_text("# Hand-written\n", encoding="utf-8")
    before = _snapshot(docs)
    (seeds / name).write_bytes(data)
    result = run_cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert where in result.stderr
    assert "error:" in result.stderr
    assert _snapshot(docs) == before


def test_generator_deletes_only_what_it_wrote(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    (seeds / "b.txt").write_text("Angela Merkel spoke in Berlin.\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "entities").mkdir(parents=True)
    (docs / "entities" / "mine.md").write_text("# Mine\n", encoding="utf-8")
    (docs / "about.md").write_text("# About\n", encoding="utf-8")
    assert run_cli("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    assert (docs / "articles" / "b.md").exists()
    (seeds / "b.txt").unlink()
    assert run_cli("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    # The removed article's page became a redirect (its URL was published): not the article.
    assert "template: redirect.html" in (docs / "articles" / "b.md").read_text(encoding="utf-8")
    assert not (docs / "entities" / "angela-merkel.md").exists() or "redirect.html" in (
        docs / "entities" / "angela-merkel.md"
    ).read_text(encoding="utf-8")
    assert (docs / "entities" / "mine.md").read_text(encoding="utf-8") == "# Mine\n"
    assert (docs / "about.md").exists()


def test_missing_seeds_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("build", "--seeds", str(tmp_path / "nope"), "--docs", str(tmp_path / "docs"))
    assert result.returncode == 2
    assert "nope" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "docs").exists()

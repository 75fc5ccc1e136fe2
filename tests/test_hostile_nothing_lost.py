"""Issue 12, nothing lost (items 10-14): hand-written files, temporary folders, published URLs."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from generator.read import redirects as seeds_redirects
from generator.write import published, tree
from tests.test_hostile import SMALL, built_once, run_build


def _during_the_write(monkeypatch: pytest.MonkeyPatch, docs: Path, rel: str, text: str) -> None:
    """Save ``docs/rel`` (by rename, as editors do) after the new tree is filled, before the swap."""
    fill = tree._fill

    def fill_then_save(staging: Path, target: Path, files: Mapping[str, bytes], previous: set[str]) -> object:
        counts = fill(staging, target, files, previous)
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / ".editor-tmp").write_text(text, encoding="utf-8")
        (docs / ".editor-tmp").replace(docs / rel)
        return counts

    monkeypatch.setattr(tree, "_fill", fill_then_save)


@pytest.mark.parametrize(
    ("rel", "existed"),
    [
        pytest.param("notes.md", False, id="new-file"),
        pytest.param("lessons/week-1.md", False, id="new-file-in-new-folder"),
        pytest.param("notes.md", True, id="edited-file"),
    ],
)
def test_10_a_file_saved_into_docs_during_a_build_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rel: str, existed: bool
) -> None:
    seeds, docs = built_once(tmp_path)
    if existed:
        (docs / rel).write_text("# Old notes\n", encoding="utf-8")
    (seeds / "a.txt").write_text(SMALL + "A new paragraph.\n", encoding="utf-8")  # something to write
    _during_the_write(monkeypatch, docs, rel, "# Saved during the build\n")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    assert (docs / rel).read_text("utf-8") == "# Saved during the build\n"
    assert "A new paragraph." in (docs / "articles" / "a.md").read_text("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "seeds"]


def test_10_a_file_saved_under_a_generated_name_during_a_build_keeps_the_old_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, docs = built_once(tmp_path)
    (seeds / "b.txt").write_text("Angela Merkel spoke in Berlin.\n", encoding="utf-8")
    _during_the_write(monkeypatch, docs, "articles/b.md", "# Mine\n")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    kept = [p for p in tmp_path.iterdir() if p.name.startswith(".docs.kept-")]
    assert len(kept) == 1 and (kept[0] / "articles" / "b.md").read_text("utf-8") == "# Mine\n"
    assert f"warning: {kept[0]}: 1 file(s) saved into docs/ during the build" in err


def test_11_stale_temporary_folders_of_interrupted_builds_are_removed(tmp_path: Path) -> None:
    seeds, docs = built_once(tmp_path)
    for name in (".docs.new-0123abcd", ".docs.new-deadbeef"):
        (tmp_path / name / "entities").mkdir(parents=True)
        (tmp_path / name / "entities" / "x.md").write_text("# half-written\n", encoding="utf-8")
    others = [".docs.new-notmine", ".docs.new-0123abcd.bak", ".site.new-0123abcd", "docs.new-0123abcd"]
    for name in others:
        (tmp_path / name).mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / ".docs.new-feedface").symlink_to(tmp_path / "elsewhere")
    (seeds / "a.txt").write_text(SMALL + "More.\n", encoding="utf-8")
    assert run_build(seeds, docs)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["docs", "seeds", "elsewhere", ".docs.new-feedface", *others]
    )


def test_12_a_failure_while_recording_published_urls_leaves_the_old_list_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, docs = built_once(tmp_path)
    path = seeds / seeds_redirects.PUBLISHED
    before = path.read_bytes()
    render = published.render_published
    # The new list cannot be encoded: writing it fails half-way, as a full disk would.
    monkeypatch.setattr(published, "render_published", lambda *a: render(*a) + "\ud800")
    (seeds / "a.txt").write_text(SMALL + "Another line.\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        run_build(seeds, docs)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda text: "", id="empty"),
        pytest.param(lambda text: "# Every URL this site has published\n", id="only-a-comment"),
        pytest.param(lambda text: text[: text.index("moved:")], id="truncated"),
        pytest.param(lambda text: text.replace("  - entities/joe-biden/\n", ""), id="a-page-removed"),
        pytest.param(None, id="missing"),
    ],
)
def test_12_an_emptied_or_cut_published_list_is_an_error(tmp_path: Path, cut: object) -> None:
    seeds, docs = built_once(tmp_path)
    path = seeds / seeds_redirects.PUBLISHED
    text = path.read_text("utf-8")
    if cut is None:
        path.unlink()
    else:
        path.write_text(cut(text), encoding="utf-8")  # type: ignore[operator]
    code, _, err = run_build(seeds, docs)
    assert code == 2 and "looks emptied or cut short" in err and "reset: true" in err, err
    path.write_text(("" if cut is None else cut(text)) + "reset: true\n", encoding="utf-8")  # type: ignore[operator]
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    assert path.read_text("utf-8") == text  # rewritten whole, without the reset


def test_13_an_alias_merge_after_a_local_build_redirects_the_old_page(tmp_path: Path) -> None:
    text = "The dam was inspected on Monday.\n“The dam will hold,” water engineers said after the visit.\n"
    seeds, docs = built_once(tmp_path, text)
    assert "  - entities/water-engineers/\n" in (seeds / seeds_redirects.PUBLISHED).read_text("utf-8")
    (seeds / "entities.yml").write_text(
        "entities:\n  dam-engineers:\n    name: Dam engineers\n    aliases: [water engineers]\n",
        encoding="utf-8",
    )
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    listed = yaml.safe_load((seeds / seeds_redirects.PUBLISHED).read_text("utf-8"))
    assert listed["moved"] == {"entities/water-engineers/": "entities/dam-engineers/"}
    assert (docs / "entities" / "water-engineers.md").is_file()


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        pytest.param(
            "[NATO, Kyiv, Ukraine]",
            "'mixed-up' pulls together names of different kinds: Kyiv (region), NATO (organization), "
            "Ukraine (country); check its aliases",
            id="different-kinds",
        ),
        pytest.param(
            "[Anna Berg, Carl Dahl, Eva Fors, Gustav Holm, Ida Jonsson]",
            "'mixed-up' pulls together 5 names that would be separate pages: Anna Berg, Carl Dahl, Eva Fors, "
            "Gustav Holm, Ida Jonsson",
            id="more-than-a-few",
        ),
    ],
)
def test_14_a_register_entry_merging_unrelated_entities_is_a_warning(
    tmp_path: Path, aliases: str, message: str
) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "NATO met in Kyiv, the capital of Ukraine, on Monday.\n"
        "Anna Berg, Carl Dahl, Eva Fors, Gustav Holm and Ida Jonsson signed the letter.\n",
        encoding="utf-8",
    )
    (seeds / "entities.yml").write_text(
        f"entities:\n  mixed-up:\n    name: Mixed Up\n    kind: person\n    aliases: {aliases}\n",
        encoding="utf-8",
    )
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    assert f"warning: {seeds / 'entities.yml'}:2: {message}" in err
    assert (docs / "entities" / "mixed-up.md").is_file()

"""The site build (``python -m generator site``) does only what it must; a dirty build equals a clean one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.mkdocs import sitebuild
from tests.conftest import ROOT, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("seed-site")]

#: The same address and date for every build compared here (the sitemap holds both).
ENV = {"SITE_URL": "https://example.test/explainer/", "SOURCE_DATE_EPOCH": "1767225600"}
QUOTE = '\n"We will rebuild every bridge in Kherson," Zelenskiy said on Friday.\n'
NOTES = "---\ntitle: Reading notes\n---\n\n# Reading notes\n\nA hand-written page.\n"


def _project(folder: Path, seed_site: Path, *, seeds: bool) -> Path:
    """A project holding the seed site's config, theme and generated docs (and seeds)."""
    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(seed_site / "docs", folder / "docs")
    if seeds:
        shutil.copytree(seed_site / "seeds", folder / "seeds")
    return folder


def _site(project: Path, *args: str) -> str:
    """Run the site build in ``project``; what it printed."""
    done = run_cli("site", *args, cwd=project, **ENV)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _files(site: Path) -> dict[str, bytes]:
    """Every file of a built site, by relative path."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_dirty_build_after_an_edit_equals_a_clean_build(tmp_path: Path, seed_site: Path) -> None:
    project = _project(tmp_path / "edited", seed_site, seeds=True)
    (project / "docs" / "articles" / "reading-notes.md").write_text(NOTES, encoding="utf-8")
    assert _site(project).count(" pages built (MkDocs ") == 1
    assert (project / "site" / "articles" / "reading-notes" / "index.html").is_file()
    article = next((project / "seeds").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + QUOTE, encoding="utf-8")
    built = run_cli("build", "--quiet", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"))
    assert built.returncode == 0, built.stderr
    (project / "docs" / "articles" / "reading-notes.md").unlink()
    said = _site(project)
    assert " pages rebuilt (MkDocs " in said, said
    rebuilt = int(said.split()[0])
    assert 1 < rebuilt < len(list((project / "docs").rglob("*.md"))), "not a partial rebuild"

    fresh = _project(tmp_path / "fresh", project, seeds=False)
    assert _site(fresh, "--clean").count(" pages built (MkDocs ") == 1
    dirty, clean = _files(project / "site"), _files(fresh / "site")
    assert "bridge" in dirty["data/explainer.json"].decode()
    assert sorted(dirty) == sorted(clean)
    assert [path for path in clean if dirty[path] != clean[path]] == []


def test_nothing_changed_runs_nothing(tmp_path: Path, seed_site: Path) -> None:
    project = _project(tmp_path / "p", seed_site, seeds=False)
    _site(project)
    before = sitebuild.file_state(project / "site")
    assert _site(project) == "site unchanged"
    assert sitebuild.file_state(project / "site") == before


@pytest.mark.parametrize("touch", ["site", "config", "theme"])
def test_a_touched_site_or_a_new_config_builds_afresh(tmp_path: Path, seed_site: Path, touch: str) -> None:
    project = _project(tmp_path / "p", seed_site, seeds=False)
    _site(project)
    page = project / "site" / "index.html"
    original = page.read_bytes()
    if touch == "site":
        page.write_bytes(original + b"<!-- touched -->")
    elif touch == "config":
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    else:
        main = project / "overrides" / "main.html"
        main.write_text(main.read_text(encoding="utf-8") + "\n{#- a comment -#}\n", encoding="utf-8")
    assert _site(project).count(" pages built (MkDocs ") == 1
    assert page.read_bytes() == original


def test_the_search_index_is_the_same_from_build_to_build(tmp_path: Path, seed_site: Path) -> None:
    one = _project(tmp_path / "one", seed_site, seeds=False)
    two = _project(tmp_path / "two", seed_site, seeds=False)
    _site(one)
    _site(two)
    index = {p: b for p, b in _files(one / "site").items() if p.startswith(sitebuild.PAGEFIND + "/")}
    assert len(index) > 10
    assert index == {p: b for p, b in _files(two / "site").items() if p.startswith(sitebuild.PAGEFIND + "/")}


def test_a_passing_link_check_is_not_repeated_on_the_same_files(tmp_path: Path, seed_site: Path) -> None:
    from generator.mkdocs import linkrecord

    site, cache = tmp_path / "site", tmp_path / "cache"
    shutil.copytree(seed_site / "site", site)
    assert linkrecord.check_once(site, "", cache) == ([], False)
    assert linkrecord.check_once(site, "", cache) == ([], True)
    page = next(site.glob("entities/*/index.html"))
    page.write_text(page.read_text(encoding="utf-8").replace("#s-", "#s-0broken", 1), "utf-8")
    for _ in range(2):  # a failed check is never taken as passed
        problems, skipped = linkrecord.check_once(site, "", cache)
        assert problems and not skipped


def test_pagefind_reads_only_what_it_indexes_and_indexes_the_same(tmp_path: Path, seed_site: Path) -> None:
    site = seed_site / "site"
    glob = sitebuild.pagefind_glob(site)
    assert "claims/index.html" in glob and "claims/**" not in glob and "articles/**/*.html" in glob
    assert any(site.glob("claims/*/index.html")), "the seed site has claim pages to leave out"
    full = tmp_path / "full"
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(full), "--silent"]
    subprocess.run(command, check=True, capture_output=True)
    prefix = sitebuild.PAGEFIND + "/"
    ours = {p.removeprefix(prefix): b for p, b in _files(site).items() if p.startswith(prefix)}
    assert len(ours) > 10
    assert ours == _files(full)


@pytest.mark.parametrize("name", ["a{b}", "x*y.html", "with space"])
def test_a_name_a_glob_could_misread_indexes_every_page(tmp_path: Path, name: str) -> None:
    (tmp_path / "claims").mkdir()
    (tmp_path / name).mkdir()
    assert sitebuild.pagefind_glob(tmp_path) == "**/*.{html}"

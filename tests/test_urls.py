"""Stable addresses: every published URL keeps working or redirects (issue: links never break)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.read import redirects as seeds_redirects
from generator.resolve import redirects as urls
from generator.resolve.addresses import page_url
from tests.conftest import make_project, mkdocs_build, run_cli

pytestmark = pytest.mark.xdist_group("urls")

FIRST = (
    "Putin spoke in Moscow on Friday. “We will win,” Putin said.\n"
    "Critics said the plan would fail.\n"
    "Putin said the West was weak.\n"
)


def _build(seeds: Path, docs: Path) -> dict:  # type: ignore[type-arg]
    result = run_cli("build", "--seeds", str(seeds), "--docs", str(docs), "--quiet")
    assert result.returncode == 0, result.stderr
    return json.loads((docs / "data" / "explainer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _published(seeds: Path) -> dict[str, str | None]:
    return seeds_redirects.read_published(seeds)


def _pages(docs: Path) -> set[str]:
    return {page_url(p.relative_to(docs).as_posix()) for p in docs.rglob("*.md")}


def _assert_nothing_lost(before: dict[str, str | None], seeds: Path, docs: Path) -> None:
    """Every URL published before is a page now, or a redirect page to a live page."""
    after = _published(seeds)
    live = {u for u, target in after.items() if target is None}
    for url in before:
        assert url in after, f"{url} vanished from the published list"
        target = after[url]
        if target is None:
            assert url in _pages(docs) or url == ""
        else:
            assert target.split("#")[0] in live, f"{url} redirects to {target}, which is not live"
            page = (docs / urls._docs_path(url)).read_text(encoding="utf-8")
            assert "template: redirect.html" in page


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "b-first.txt").write_text(FIRST, encoding="utf-8")
    return seeds, tmp_path / "docs"


def test_rebuild_with_nothing_changed_keeps_every_url(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    _build(seeds, docs)
    before = _published(seeds)
    _build(seeds, docs)
    assert _published(seeds) == before
    assert all(target is None for target in before.values())


def test_entity_keeps_url_when_another_article_renames_it(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    first = _build(seeds, docs)
    putin = next(e for e in first["entities"] if "Putin" in [e["name"], *e["aliases"]])
    before = _published(seeds)
    # A new article, sorted first, names him in full: his display name grows, his URL stays.
    (seeds / "a-second.txt").write_text("Vladimir Putin met Vladimir Putin's generals.\n", encoding="utf-8")
    second = _build(seeds, docs)
    now = next(e for e in second["entities"] if "Putin" in [e["name"], *e["aliases"]])
    assert now["id"] == putin["id"]
    assert now["name"] == "Vladimir Putin"
    assert {m["article"] for m in now["mentions"]} == {"a-second", "b-first"}
    _assert_nothing_lost(before, seeds, docs)


def test_entity_keeps_url_when_renamed_in_the_register(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    first = _build(seeds, docs)
    putin = next(e for e in first["entities"] if e["name"] == "Putin")
    before = _published(seeds)
    (seeds / "entities.yml").write_text(
        f"entities:\n  {putin['id']}:\n    name: Vladimir Vladimirovich Putin\n    aliases: [Putin]\n",
        encoding="utf-8",
    )
    second = _build(seeds, docs)
    now = next(e for e in second["entities"] if e["id"] == putin["id"])
    assert now["name"] == "Vladimir Vladimirovich Putin"
    _assert_nothing_lost(before, seeds, docs)


def test_inserting_a_paragraph_keeps_claims_and_sentence_anchors(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    first = _build(seeds, docs)
    page = docs / "articles" / "b-first.md"
    anchors_before = set(re.findall(r'id="(s-[0-9a-f]+(?:-\d+)?)"', page.read_text(encoding="utf-8")))
    before = _published(seeds)
    (seeds / "b-first.txt").write_text("A new opening paragraph.\n" + FIRST, encoding="utf-8")
    (seeds / "b-first.yml").write_text("title: Now with a title\n", encoding="utf-8")
    second = _build(seeds, docs)
    anchors_after = set(re.findall(r'id="(s-[0-9a-f]+(?:-\d+)?)"', page.read_text(encoding="utf-8")))
    assert anchors_before and anchors_before <= anchors_after
    assert {c["id"] for c in first["claims"]} <= {c["id"] for c in second["claims"]}
    _assert_nothing_lost(before, seeds, docs)


def test_merging_two_entities_redirects_the_old_url(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    (seeds / "c-third.txt").write_text("Angela Merkel met Olaf Scholz in Berlin.\n", encoding="utf-8")
    first = _build(seeds, docs)
    ids = {e["name"]: e["id"] for e in first["entities"]}
    assert ids["Angela Merkel"] != ids["Olaf Scholz"]
    before = _published(seeds)
    # A (deliberately odd) editorial merge: Scholz's page now lives on Merkel's.
    (seeds / "entities.yml").write_text(
        f"entities:\n  {ids['Angela Merkel']}:\n    name: Angela Merkel\n    aliases: [Olaf Scholz]\n",
        encoding="utf-8",
    )
    _build(seeds, docs)
    after = _published(seeds)
    assert after[f"entities/{ids['Olaf Scholz']}/"] == f"entities/{ids['Angela Merkel']}/"
    listed = yaml.safe_load((seeds / seeds_redirects.PUBLISHED).read_text(encoding="utf-8"))
    assert f"entities/{ids['Olaf Scholz']}/" not in listed["pages"]  # moved, not live
    _assert_nothing_lost(before, seeds, docs)


def test_register_merged_into_redirects(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    (seeds / "entities.yml").write_text(
        "entities:\n  kremlin-leader:\n    merged_into: putin\n  putin:\n    name: Putin\n", encoding="utf-8"
    )
    _build(seeds, docs)
    assert _published(seeds)["entities/kremlin-leader/"] == "entities/putin/"


def test_a_removed_claim_redirects_to_its_sentence(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    first = _build(seeds, docs)
    old = next(c["url"] for c in first["claims"] if c["kind"] == "direct")
    before = _published(seeds)
    # The quote marks go: the words stay in the text, but no claim covers them any more.
    (seeds / "b-first.txt").write_text(
        FIRST.replace("“We will win,” Putin said.", "We will win, Putin hoped.")
    )
    second = _build(seeds, docs)
    assert old not in {c["url"] for c in second["claims"]}
    article = (docs / "articles" / "b-first.md").read_text(encoding="utf-8")
    sentence = re.search(r'<span class="sentence" id="(s-[0-9a-f]+)">We will win', article)
    assert sentence is not None
    assert _published(seeds)[old] == f"articles/b-first/#{sentence.group(1)}"
    page = (docs / urls._docs_path(old)).read_text(encoding="utf-8").split("\n")
    assert f'redirect: "../../articles/b-first/#{sentence.group(1)}"' in page
    _assert_nothing_lost(before, seeds, docs)


def test_a_url_that_would_disappear_fails_the_build_naming_it(project: tuple[Path, Path]) -> None:
    seeds, docs = project
    _build(seeds, docs)
    data = yaml.safe_load((seeds / seeds_redirects.PUBLISHED).read_text(encoding="utf-8"))
    data["pages"].append("entities/someone-deleted/")
    (seeds / seeds_redirects.PUBLISHED).write_text(yaml.safe_dump(data), encoding="utf-8")
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    result = run_cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert "entities/someone-deleted/" in result.stderr and "redirects.yml" in result.stderr
    assert f"delete seeds/{seeds_redirects.PUBLISHED}" in result.stderr  # how to start afresh
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
    (seeds / seeds_redirects.REDIRECTS).write_text("entities/someone-deleted/: entities/\n", encoding="utf-8")
    assert run_cli("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 2  # not a page
    (seeds / seeds_redirects.REDIRECTS).write_text("entities/someone-deleted/: actors/\n", encoding="utf-8")
    assert run_cli("build", "--seeds", str(seeds), "--docs", str(docs)).returncode == 0
    assert _published(seeds)["entities/someone-deleted/"] == "actors/"


@pytest.mark.parametrize(
    "bad",
    ["pages: notalist\n", "pages: ['../../etc/']\n", "moved: {'a/': 'javascript:alert(1)'}\n", "pages: [\n"],
)
def test_damaged_published_list_is_a_clear_error(project: tuple[Path, Path], bad: str) -> None:
    seeds, docs = project
    (seeds / seeds_redirects.PUBLISHED).write_text(bad, encoding="utf-8")
    result = run_cli("build", "--seeds", str(seeds), "--docs", str(docs))
    assert result.returncode == 2
    assert seeds_redirects.PUBLISHED in result.stderr and "Traceback" not in result.stderr


def test_redirect_pages_send_the_browser_to_a_live_page(tmp_path: Path) -> None:
    project = make_project(tmp_path, seeds=None)
    seeds, docs = project / "seeds", project / "docs"
    for path in seeds.iterdir():
        path.unlink()
    (seeds / "b-first.txt").write_text(FIRST, encoding="utf-8")
    (seeds / "entities.yml").write_text("entities:\n  old-name:\n    merged_into: putin\n  putin: {}\n")
    _build(seeds, docs)
    assert mkdocs_build(project).returncode == 0
    html = (project / "site" / "entities" / "old-name" / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', html)
    assert match and match.group(1) == "../putin/"
    assert (project / "site" / "entities" / "putin" / "index.html").exists()

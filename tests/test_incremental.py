"""One edit changes only what depends on it: ids stay put, unchanged pages stay byte-identical."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.mkdocs import linkcheck, linkrecord
from generator.model import Analysis, Article, Graph, MentionFound, Paragraph, Sentence, Span
from generator.read import register
from generator.resolve import resolve
from generator.resolve.pins import pins_from
from generator.site import export


def _article(article_id: str, text: str, mentions: list[tuple[str, int]]) -> tuple[Article, Analysis]:
    """An article of one sentence whose person mentions are (surface, cluster), found in order."""
    found, cursor = [], 0
    for surface, cluster in mentions:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        found.append(MentionFound(Span(start, cursor), "person", surface, "name", cluster))
    analysis = Analysis(
        article_id,
        (Paragraph(0, Span(0, len(text)), "p-0"),),
        (Sentence(0, 0, Span(0, len(text)), "s-0"),),
        tuple(found),
        (),
    )
    return Article(article_id, f"seeds/{article_id}.txt", text, article_id), analysis


def _graph(previous: dict[str, object] | None) -> Graph:
    """Two people who share an alias ("Marsh"): a headline's cluster and the person it names."""
    items = [
        _article(
            "a",
            "Ted Marsh Cuts Taxes. Marsh spoke. Marsh left.",
            [("Ted Marsh Cuts Taxes", 0), ("Marsh", 0), ("Marsh", 1)],
        ),
        _article(
            "b",
            "Ann Marsh spoke. Marsh said so. Marsh left. Marsh came.",
            [("Ann Marsh", 0), ("Marsh", 0), ("Marsh", 0), ("Marsh", 0)],
        ),
    ]
    return resolve([a for a, _ in items], [b for _, b in items], register.EMPTY, pins_from(previous))


def test_ids_are_the_same_build_after_build_when_names_overlap() -> None:
    # Each build is pinned by the one before; an alias shared with another entity's name
    # once let the larger cluster take the other's id, so every build renamed pages.
    first = _graph(None)
    ids = {e.name: e.id for e in first.entities}
    assert ids == {"Ann Marsh": "ann-marsh", "Ted Marsh Cuts Taxes": "ted-marsh-cuts-taxes"}
    previous = json.loads(export.export(first))
    for _ in range(3):
        again = _graph(previous)
        assert {e.name: e.id for e in again.entities} == ids
        previous = json.loads(export.export(again))


def _a_link_with_an_anchor(site: Path) -> tuple[str, str, str]:
    """(source page, target page, anchor) of a link from an entity page into an article."""
    pages = linkcheck.read_site(site)
    for source, target, anchor in linkcheck.internal_links(pages):
        if source.startswith("entities/") and target.startswith("articles/") and anchor:
            return source, target, anchor
    raise AssertionError("no link from an entity page into an article")


def _edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in a file by ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.xdist_group("seed-site")
@pytest.mark.parametrize(
    "breaks", ["a link of the edited page", "an anchor others link to", "a page", "a quote"]
)
def test_the_link_check_after_an_edit_finds_what_a_full_check_finds(
    tmp_path: Path, seed_site: Path, breaks: str
) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    shutil.copytree(seed_site / "site", site)
    assert linkrecord.check_changed(site, "", cache).problems == []
    source, target, anchor = _a_link_with_an_anchor(site)
    if breaks == "a link of the edited page":  # into a page that does not change
        _edit(site / source, f'#{anchor}"', f'#{anchor}-gone"')
    elif breaks == "an anchor others link to":  # the linking page does not change
        _edit(site / target, f'id="{anchor}"', f'id="{anchor}-moved"')
    elif breaks == "a page":
        (site / target).unlink()
    else:  # the article's text in the export: the pages quoting it do not change
        data = json.loads((site / "data" / "explainer.json").read_text(encoding="utf-8"))
        data["articles"][0]["text"] = "Other words. " + data["articles"][0]["text"]
        (site / "data" / "explainer.json").write_text(json.dumps(data), encoding="utf-8")
    outcome = linkrecord.check_changed(site, "", cache)
    full = linkcheck.check(site)
    assert full, "the edit broke nothing"
    assert set(outcome.problems) == set(full)  # a full check names a link as often as it is made
    if breaks != "a quote":
        assert outcome.read <= 1, "read more than the page that changed"
    # A failed check keeps no record: the next one finds the same problems.
    assert set(linkrecord.check_changed(site, "", cache).problems) == set(full)


@pytest.mark.slow
@pytest.mark.xdist_group("seed-site")
def test_the_link_check_after_a_sound_edit_reads_only_that_page(tmp_path: Path, seed_site: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    shutil.copytree(seed_site / "site", site)
    first = linkrecord.check_changed(site, "", cache)
    assert first.problems == [] and first.read == len(list(site.rglob("*.html")))
    source, _, _ = _a_link_with_an_anchor(site)
    _edit(site / source, "</article>", "<p>A new paragraph.</p></article>")
    again = linkrecord.check_changed(site, "", cache)
    assert (again.problems, again.read, again.skipped) == ([], 1, False)
    assert linkrecord.check_changed(site, "", cache).skipped


ARTICLES = {
    "a-bridge": "Mayor Dana Wolfe opened the Elm Street bridge on Monday.\n\n"
    '"The bridge will carry ten thousand cars a day," Wolfe said.\n',
    "b-harvest": "Senator Omar Reyes visited the farms of Vale County.\n\n"
    '"The harvest is late this year," Reyes said.\n',
}
ADDED = '\n"Prices will rise before the winter," Reyes said on Tuesday.\n'


def _files(docs: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of a docs folder: its bytes and modification time."""
    return {
        p.relative_to(docs).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in docs.rglob("*")
        if p.is_file()
    }


@pytest.mark.slow
def test_one_edit_rewrites_only_the_pages_that_depend_on_it_and_equals_a_clean_build(tmp_path: Path) -> None:
    from generator.build import build

    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    build(seeds, docs, cache=cache)
    shutil.copytree(docs, tmp_path / "before")
    shutil.copy(seeds / "published-urls.yml", tmp_path / "published-before.yml")
    before = _files(docs)
    edited = seeds / "b-harvest.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    result = build(seeds, docs, cache=cache)
    after = _files(docs)
    rewritten = {rel for rel in after if before.get(rel) != after[rel]}
    assert "articles/b-harvest.md" in rewritten and "data/explainer.json" in rewritten
    assert result.written == len(rewritten - {".generator-manifest.json"}) < len(after) // 2
    # The other article's pages do not depend on the edit: same bytes, same time stamp.
    assert "articles/a-bridge.md" not in rewritten
    assert not [rel for rel in rewritten if "wolfe" in rel], rewritten

    # A clean build (no cache) from the same earlier docs/ writes exactly the same files.
    shutil.copy(tmp_path / "published-before.yml", seeds / "published-urls.yml")
    build(seeds, tmp_path / "before", cache=None)
    clean = _files(tmp_path / "before")
    assert sorted(clean) == sorted(after)
    assert [rel for rel in after if clean[rel][0] != after[rel][0]] == []

"""One edit changes only what depends on it: ids stay put, unchanged pages stay byte-identical."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from markupsafe import Markup

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


# ---------------------------------------------------------------- the render cache

PEOPLE = {
    "a-port": [
        "[Mara Quill] said {the harbour dredging starts in spring}.",
        "[Ivo Brand] said {the harbour fees will stay the same}.",
    ],
    "b-mill": ["[Ivo Brand] said {the old mill becomes a library}."],
    "c-road": ["[Sela Dorn] said {the mountain road stays closed}."],
}


def _cached_site(graph: Graph, docs: Path, cache: Path, salt: str = "code-1") -> tuple[dict[str, bytes], int]:
    """Render ``graph`` through the render cache, write ``docs`` and save the cache: (files, pages reused)."""
    from generator.site.output import render_site
    from generator.site.rendercache import RenderCache
    from generator.site.values import SiteValues
    from generator.write.tree import write_tree

    pages = RenderCache(cache, docs, salt)
    files = render_site(graph, SiteValues(site_url="https://example.test/"), (), cache=pages)
    write_tree(docs, files)
    pages.save()
    return files, pages.reused


def _clean(graph: Graph) -> dict[str, bytes]:
    """What a build without any cache renders for ``graph``."""
    from generator.site.output import render_site
    from generator.site.values import SiteValues

    return render_site(graph, SiteValues(site_url="https://example.test/"))


def _pages(files: dict[str, bytes]) -> list[str]:
    """The Markdown pages among the output files."""
    return [path for path in files if path.endswith(".md")]


def _renamed(graph: Graph, old: str, new: str) -> Graph:
    """``graph`` with one entity's display name changed."""
    import dataclasses

    entities = tuple(dataclasses.replace(e, name=new) if e.name == old else e for e in graph.entities)
    return dataclasses.replace(graph, entities=entities)


def test_a_cached_rebuild_after_one_edit_equals_a_clean_build_and_reuses_the_rest(tmp_path: Path) -> None:
    from tests.conftest import marked_graph

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    first, reused = _cached_site(marked_graph(PEOPLE), docs, cache)
    assert reused == 0
    edited = dict(PEOPLE, **{"c-road": ["[Sela Dorn] said {the mountain road opens in June}."]})
    graph = marked_graph(edited)
    again, reused = _cached_site(graph, docs, cache)
    assert again == _clean(graph)
    changed = [p for p in _pages(again) if first.get(p) != again[p]]
    assert "articles/c-road.md" in changed
    # Every page whose bytes stayed the same came from docs/; the changed ones were rendered.
    assert 0 < reused <= len(_pages(again)) - len(changed)
    _, reused = _cached_site(graph, docs, cache)
    assert reused == len(_pages(again))


def test_a_changed_entity_name_re_renders_every_page_that_shows_it(tmp_path: Path) -> None:
    from tests.conftest import marked_graph

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    graph = marked_graph(PEOPLE)
    before, _ = _cached_site(graph, docs, cache)
    renamed = _renamed(graph, "Ivo Brand", "Ivo Lowenbrand")
    after, reused = _cached_site(renamed, docs, cache)
    assert after == _clean(renamed)
    showing = [p for p in _pages(after) if "Lowenbrand" in after[p].decode()]
    assert "articles/b-mill.md" in showing and len(showing) >= 3
    assert reused == len([p for p in _pages(after) if before.get(p) == after[p]])


def test_other_code_or_templates_re_render_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import build as build_module
    from generator.write import record
    from tests.conftest import marked_graph

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    graph = marked_graph(PEOPLE)
    _cached_site(graph, docs, cache, salt="code-1")
    assert _cached_site(graph, docs, cache, salt="code-2")[1] == 0
    # The salt holds the hash of the package and of templates/: editing either changes it.
    salt = build_module.render_salt()
    monkeypatch.setattr(record, "package_code_hash", lambda: "other")
    assert build_module.render_salt() != salt


@pytest.mark.parametrize(
    "damage", ["garbage", "truncated", "wrong output digest", "page edited by hand", "page deleted", "schema"]
)
def test_a_damaged_render_cache_or_docs_folder_is_not_trusted(tmp_path: Path, damage: str) -> None:
    from tests.conftest import marked_graph

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    graph = marked_graph(PEOPLE)
    _cached_site(graph, docs, cache)
    (stored,) = (cache / "pages").glob("*.json")
    page = "articles/b-mill.md"
    if damage == "garbage":
        stored.write_bytes(b"\x00not json")
    elif damage == "truncated":
        stored.write_bytes(stored.read_bytes()[:100])
    elif damage == "wrong output digest":
        data = json.loads(stored.read_bytes())
        data["pages"][page][1] = data["pages"]["articles/a-port.md"][1]
        stored.write_text(json.dumps(data))
    elif damage == "page edited by hand":
        (docs / page).write_text("---\ntitle: x\n---\nEdited.\n", encoding="utf-8")
    elif damage == "page deleted":
        (docs / page).unlink()
    else:
        data = json.loads(stored.read_bytes())
        stored.write_text(json.dumps(dict(data, schema=-1)))
    files, reused = _cached_site(graph, docs, cache)
    assert files == _clean(graph)
    assert (docs / page).read_bytes() == files[page]
    whole_file = damage in {"garbage", "truncated", "schema"}
    assert reused == (0 if whole_file else len(_pages(files)) - 1)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"x": Markup("a&amp;b")}, {"x": "a&amp;b"}),  # printed as it is, or escaped
        ({"x": 1, "y": 2}, {"y": 2, "x": 1}),  # a template loops in the dict's order
        ({"x": [1, 2]}, {"x": (1, 2)}),
        ({"x": 1}, {"x": True}),
    ],
)
def test_contexts_that_render_differently_have_different_digests(
    a: dict[str, object], b: dict[str, object]
) -> None:
    from generator.site.render import PageSpec
    from generator.site.rendercache import context_digest

    digest_a = context_digest(PageSpec("p.md", "t.j2", a), "s")
    assert digest_a is not None and digest_a == context_digest(PageSpec("p.md", "t.j2", dict(a)), "s")
    assert digest_a != context_digest(PageSpec("p.md", "t.j2", b), "s")
    assert digest_a != context_digest(PageSpec("p.md", "other.j2", a), "s")
    assert digest_a != context_digest(PageSpec("p.md", "t.j2", a), "other salt")


def test_page_digests_do_not_depend_on_the_process(tmp_path: Path) -> None:
    # Shared objects and string hashing differ from run to run; a digest must not.
    script = (
        "from tests.conftest import marked_graph\n"
        "from tests.test_incremental import PEOPLE\n"
        "from generator.site.pages import all_pages\n"
        "from generator.site.rendercache import context_digest\n"
        "from generator.site.values import SiteValues\n"
        "for spec in all_pages(marked_graph(PEOPLE), SiteValues()):\n"
        "    print(spec.path, context_digest(spec, 's'))\n"
    )
    runs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout)
    assert runs[0] == runs[1] and "None" not in runs[0] and runs[0].count("\n") > 5


def test_unchanged_claim_article_and_entity_pages_are_reused_without_making_their_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.site.pages import article, claim, entity
    from tests.conftest import marked_graph

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    graph = marked_graph(PEOPLE)
    first, _ = _cached_site(graph, docs, cache)
    made: list[str] = []  # the article of every claim or article page, the entity of every entity page made
    real_claim, real_article, real_entity = claim.claim, article.article, entity.entity
    monkeypatch.setattr(claim, "claim", lambda *a, **k: made.append(a[2].article) or real_claim(*a, **k))
    monkeypatch.setattr(article, "article", lambda *a, **k: made.append(a[1]) or real_article(*a, **k))
    monkeypatch.setattr(entity, "entity", lambda *a, **k: made.append(a[1].id) or real_entity(*a, **k))
    again, reused = _cached_site(graph, docs, cache)
    assert again == first and reused == len(_pages(first))
    assert made == []
    edited = marked_graph(dict(PEOPLE, **{"c-road": ["[Sela Dorn] said {the mountain road opens in June}."]}))
    _cached_site(edited, docs, cache)
    assert sorted(set(made)) == ["c-road", "sela-dorn"], made


GROUND = {
    "a-dock": ["[Mara Quill] said {the harbour plan of [Ivo Brand] fails}."],
    "b-hill": ["[Sela Dorn] said {the mountain road stays closed}."],
}


def test_a_claim_page_follows_an_edit_to_another_article_that_gives_it_common_ground(tmp_path: Path) -> None:
    from tests.conftest import marked_graph

    docs, cache = tmp_path / "docs", tmp_path / "cache"
    before, _ = _cached_site(marked_graph(GROUND), docs, cache)
    for words in ("the harbour plan of [Ivo Brand] works", "the harbour plan of [Ivo Brand] works well"):
        edited = marked_graph(dict(GROUND, **{"b-hill": [f"[Sela Dorn] said {{{words}}}."]}))
        after, _ = _cached_site(edited, docs, cache)
        assert after == _clean(edited)
        (page,) = [p for p in _pages(after) if p.startswith("claims/") and "fails" in p]
        assert words.replace("[", "").replace("]", "") in after[page].decode()
    assert "Sela Dorn" not in before[page].decode()

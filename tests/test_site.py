"""End to end: the seed article's site, generated and built with ``mkdocs build --strict``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.mkdocs import linkcheck
from tests.site_checks import export, internal_links, read_site

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("seed-site")]


@pytest.fixture(scope="module")
def site(seed_site: Path) -> Path:
    return seed_site / "site"


@pytest.fixture(scope="module")
def pages(site: Path):  # type: ignore[no-untyped-def]
    return read_site(site)


def test_every_footnote_quotes_its_source_exactly(site: Path, pages) -> None:  # type: ignore[no-untyped-def]
    quotes = [q for p in pages.values() for q in p.quotes]
    assert len(quotes) > 100
    assert linkcheck.wrong_quotes(site, pages) == []


def test_every_internal_link_and_anchor_resolves(site: Path, pages) -> None:  # type: ignore[no-untyped-def]
    assert sum(1 for _ in internal_links(pages)) > 1000
    assert linkcheck.broken_links(site, pages) == []


def test_link_check_finds_a_broken_anchor_and_a_wrong_quote(tmp_path: Path, site: Path) -> None:
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = next(copy.glob("entities/*/index.html"))
    html = page.read_text(encoding="utf-8")
    html = html.replace("#s-", "#s-0broken", 1)
    start = html.index('class="source-quote"')
    close = html.index("</q>", start)
    html = html[:close] + "X" + html[close:]
    page.write_text(html, encoding="utf-8")
    problems = linkcheck.check(copy)
    assert any("#s-0broken" in p for p in problems)
    assert any("shown as" in p for p in problems)


def test_every_entity_claim_and_article_has_a_page_linked_from_elsewhere(site: Path, pages) -> None:  # type: ignore[no-untyped-def]
    data = export(site)
    linked = {target for source, target, _ in internal_links(pages) if source != target}
    for kind in ("articles", "entities", "claims"):
        for item in data[kind]:
            page = item["url"] + "index.html"
            assert page in pages, f"no page for {item['id']}"
            assert page in linked, f"nothing links to {page}"


def test_entities_and_claims_are_linked_both_ways(site: Path, pages) -> None:  # type: ignore[no-untyped-def]
    data = export(site)
    out_links = {}
    for source, target, _ in internal_links(pages):
        out_links.setdefault(source, set()).add(target)
    for claim in data["claims"]:
        claim_page = claim["url"] + "index.html"
        if claim["speaker"]:
            speaker_page = f"entities/{claim['speaker']}/index.html"
            assert speaker_page in out_links[claim_page]
            assert claim_page in out_links[speaker_page]
        for about in claim["about"]:
            if about != claim["speaker"]:
                assert claim_page in out_links[f"entities/{about}/index.html"]


def test_export_offsets_are_exact(site: Path) -> None:
    data = export(site)
    assert data["version"] == 2
    texts = {a["id"]: a["text"] for a in data["articles"]}
    quote_marks = "\"“”'‘’`"
    for claim in data["claims"]:
        text = texts[claim["article"]]
        assert 0 <= claim["start"] < claim["end"] <= len(text)
        if claim["kind"] == "direct":
            before = text[: claim["start"]].rstrip()
            assert before and before[-1] in quote_marks, text[claim["start"] - 5 : claim["end"]]
        for key in ("speaker_span", "cue_span"):
            if claim[key]:
                assert 0 <= claim[key]["start"] < claim[key]["end"] <= len(text)
    for entity in data["entities"]:
        assert entity["kind"] in {"person", "organization", "country", "region", "group"}
        for m in entity["mentions"]:
            assert 0 <= m["start"] < m["end"] <= len(texts[m["article"]])


def test_no_page_asks_an_outside_host_for_anything(pages) -> None:  # type: ignore[no-untyped-def]
    for page in pages.values():
        for tag, attrs in page.tags:
            if tag == "link" and attrs.get("rel") in {"canonical", "alternate"}:
                continue  # a name for the page, not a request
            for key in ("src", "href"):
                value = attrs.get(key) or ""
                if tag in {"script", "link", "img", "iframe"} and value.startswith(("http:", "https:", "//")):
                    pytest.fail(f"{page.path}: <{tag} {key}={value}>")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ("index.html", "Annotated news explainer"),
        ("articles/index.html", "Articles - Annotated news explainer"),
        ("glossary/index.html", "Glossary - Annotated news explainer"),
        ("entities/vladimir-putin/index.html", "Vladimir Putin - Annotated news explainer"),
    ],
)
def test_each_page_has_its_own_title_and_the_home_page_the_sites_name(
    site: Path, page: str, title: str
) -> None:
    html = (site / page).read_text(encoding="utf-8")
    head = html.split("</head>")[0]
    assert re.findall(r"<title>(.*?)</title>", head) == [title]

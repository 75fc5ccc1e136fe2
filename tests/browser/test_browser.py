"""The site in a real browser: search, sentence links, accessibility, privacy, phones."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

KINDS = [
    "home",
    "article",
    "person",
    "region",
    "claim",
    "articles",
    "actors",
    "places",
    "claims",
    "glossary",
    "method",
    "not-found",
]
SEARCH_INPUT = 'input[data-md-component="search-query"]'


def _zelenskiy(data: dict[str, Any]) -> dict[str, Any]:
    """The entity one of whose spellings is Zelenskiy."""
    return next(
        e
        for e in data["entities"]
        if any(n.lower() == "zelenskiy" for n in [e["name"], *e["aliases"]] for n in n.split())
    )


def _search(page: Any, site_url: str, query: str) -> Any:
    """Type ``query`` into Material's search once its index is ready; the result items."""
    page.goto(site_url, wait_until="networkidle")
    page.click(SEARCH_INPUT)
    page.wait_for_function(
        "() => !/Initializing/i.test(document.querySelector('.md-search-result__meta').textContent)"
    )
    page.type(SEARCH_INPUT, query)  # Material reacts to key presses, not to a filled value
    page.wait_for_selector(".md-search-result__item")
    return page.locator(".md-search-result__item")


@pytest.mark.parametrize("spelling", ["Zelenski", "Zelenskiy", "Zelensky"])
def test_any_spelling_finds_the_person_first(
    desktop: Any, site_url: str, data: dict[str, Any], spelling: str
) -> None:
    person = _zelenskiy(data)
    items = _search(desktop, site_url, spelling)
    first = items.first
    assert "Person" in first.inner_text(), "the result does not say what kind of page it is"
    first.locator("a").first.click()
    desktop.wait_for_load_state()
    assert desktop.url.split("?")[0].split("#")[0] == site_url + person["url"]
    assert desktop.locator("h1").inner_text().strip() == person["name"]


def test_claim_results_say_they_are_claims(desktop: Any, site_url: str) -> None:
    items = _search(desktop, site_url, "referendums")
    texts = [items.nth(i).inner_text() for i in range(items.count())]
    assert any("Claim" in t for t in texts), texts


def test_a_footnote_lands_on_the_highlighted_sentence(
    desktop: Any, site_url: str, pages: dict[str, str]
) -> None:
    desktop.goto(site_url + pages["person"], wait_until="networkidle")
    note = desktop.locator(".footnote li").filter(has=desktop.locator('a[href*="#s-"]')).first
    quoted = " ".join(note.locator("q.source-quote").inner_text().split())
    note.locator('a[href*="#s-"]').first.click()
    desktop.wait_for_function("() => location.hash.startsWith('#s-')")
    anchor = desktop.evaluate("location.hash.slice(1)")
    sentence = desktop.locator(f'[id="{anchor}"]')
    assert sentence.evaluate("el => el.matches('.sentence:target')")
    assert quoted in " ".join(sentence.inner_text().split())
    background = sentence.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the target sentence is not highlighted"
    box = sentence.evaluate("el => { const r = el.getBoundingClientRect(); return [r.top, innerHeight]; }")
    assert 48 <= box[0] < box[1], "the sentence is hidden under the header or off screen"


def test_the_sentence_link_shows_or_copies_its_address(
    desktop: Any, site_url: str, pages: dict[str, str]
) -> None:
    desktop.goto(site_url + pages["article"], wait_until="networkidle")
    link = desktop.locator("a.sentence-link").nth(3)
    anchor = link.evaluate("el => el.closest('.sentence').id")
    link.click()
    desktop.wait_for_function("() => document.querySelector('.copy-status').textContent.length > 0")
    assert desktop.evaluate("location.hash") == f"#{anchor}"
    shown = desktop.locator(".copy-status").inner_text()
    assert f"#{anchor}" in shown and shown.startswith("Link to this sentence")


def test_graph_nodes_are_links_to_their_pages(desktop: Any, site_url: str, data: dict[str, Any]) -> None:
    desktop.goto(site_url, wait_until="networkidle")
    nodes = desktop.locator("svg.graph-svg a.graph-node")
    assert 2 <= nodes.count() <= 25
    label = nodes.first.get_attribute("aria-label") or ""
    nodes.first.locator("circle").click()
    desktop.wait_for_url(re.compile(r"/entities/[^/]+/$"))
    assert label.startswith(desktop.locator("h1").inner_text().strip())


def test_glossary_terms_have_tooltips(desktop: Any, site_url: str, pages: dict[str, str]) -> None:
    desktop.goto(site_url + pages["article"], wait_until="networkidle")
    terms = desktop.locator(".article-body abbr[title]")
    words = {t.lower() for t in terms.all_inner_texts()}
    assert {"annexation", "referendums", "de jure", "de facto"} <= words
    terms.filter(has_text="de jure").first.hover()
    desktop.wait_for_selector(".md-tooltip2--active")
    assert "law" in desktop.locator(".md-tooltip2--active").inner_text()


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_kind_passes_axe(desktop: Any, site_url: str, pages: dict[str, str], kind: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    desktop.goto(site_url + pages[kind], wait_until="networkidle")
    results = Axe().run(desktop)
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == []


@pytest.mark.parametrize("kind", ["article", "person", "claim"])
def test_the_dark_palette_passes_axe(browser: Any, site_url: str, pages: dict[str, str], kind: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + pages[kind], wait_until="networkidle")
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    violations = Axe().run(page).response["violations"]
    context.close()
    assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_request_leaves_the_host(desktop: Any, site_url: str, pages: dict[str, str], kind: str) -> None:
    requested: list[str] = []
    desktop.on("request", lambda request: requested.append(request.url))
    desktop.goto(site_url + pages[kind], wait_until="networkidle")
    assert requested, "the page loaded nothing at all"
    outside = [u for u in requested if not u.startswith(site_url) and not u.startswith(("data:", "blob:"))]
    assert outside == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_page_scrolls_sideways_on_a_phone(
    browser: Any, site_url: str, pages: dict[str, str], kind: str
) -> None:
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + pages[kind], wait_until="networkidle")
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]")
    wide = page.evaluate(
        """() => [...document.querySelectorAll('.md-content *')]
            .filter(el => el.getBoundingClientRect().right > 376)
            .filter(el => !el.closest('.md-typeset__scrollwrap'))
            .slice(0, 5).map(el => el.tagName + '.' + el.className)"""
    )
    context.close()
    assert widths[0] <= PHONE["width"] and widths[1] <= PHONE["width"], wide

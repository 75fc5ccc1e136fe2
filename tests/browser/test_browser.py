"""The site in a real browser: search, sentence links, accessibility, privacy, phones."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks.browser import serve
from tests.browser.conftest import DESKTOP, PHONE

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
SEARCH_INPUT = "#site-search-input"
RESULT = ".site-search__link"


def _zelenskiy(data: dict[str, Any]) -> dict[str, Any]:
    """The entity one of whose spellings is Zelenskiy."""
    return next(
        e
        for e in data["entities"]
        if any(n.lower() == "zelenskiy" for n in [e["name"], *e["aliases"]] for n in n.split())
    )


def _search(page: Any, site_url: str, query: str) -> Any:
    """Type ``query`` into the header's search box; the result links once all of the first page is listed."""
    page.goto(site_url, wait_until="networkidle")
    page.fill(SEARCH_INPUT, query)
    page.wait_for_function(
        "q => document.querySelector('.site-search').getAttribute('data-listed') === q", arg=query
    )
    return page.locator(RESULT)


@pytest.mark.parametrize("spelling", ["Zelenski", "Zelenskiy", "Zelensky"])
def test_any_spelling_finds_the_person_first(
    desktop: Any, site_url: str, data: dict[str, Any], spelling: str
) -> None:
    person = _zelenskiy(data)
    items = _search(desktop, site_url, spelling)
    first = items.first
    assert first.locator(".site-search__kind").inner_text().lower() == "person", "kind of page not said"
    first.click()
    desktop.wait_for_load_state()
    assert desktop.url.split("?")[0].split("#")[0] == site_url + person["url"]
    assert desktop.locator("h1").inner_text().strip() == person["name"]


def test_results_say_their_kind_and_claim_pages_are_not_among_them(desktop: Any, site_url: str) -> None:
    items = _search(desktop, site_url, "referendums")
    kinds = [k.lower() for k in desktop.locator(".site-search__kind").all_inner_texts()]
    assert "article" in kinds and items.count() == len(kinds)
    assert "claim" not in kinds
    assert "result" in desktop.locator("#site-search-status").inner_text()


#: Where each kind of result belongs in the list: entity pages, then articles, then the rest.
_RANK = {"article": 1, "page": 2}


@pytest.mark.parametrize("query", ["Russia", "Ukraine"])
def test_results_come_entity_pages_first_in_each_batch(desktop: Any, site_url: str, query: str) -> None:
    _search(desktop, site_url, query)
    # The first results are listed as soon as they load, the rest follow: wait for all of them.
    desktop.wait_for_function(
        "() => document.querySelectorAll('.site-search__link').length >= "
        "Math.min(10, parseInt(document.querySelector('#site-search-status').textContent, 10))"
    )
    kinds = [k.lower() for k in desktop.locator(".site-search__kind").all_inner_texts()]
    ranks = [_RANK.get(kind, 0) for kind in kinds]
    assert len(kinds) > 5, kinds
    assert ranks[:5] == sorted(ranks[:5]) and ranks[5:] == sorted(ranks[5:]), kinds


def _pagefind_requests(page: Any) -> list[str]:
    """Paths under ``pagefind/`` that ``page`` (and its workers) will request from now on."""
    seen: list[str] = []

    def note(request: Any) -> None:
        """Keep the part after ``pagefind/`` of a request for the search bundle."""
        if "/pagefind/" in request.url:
            seen.append(request.url.split("/pagefind/", 1)[1])

    page.on("request", note)
    return seen


def test_the_engine_loads_with_the_page_and_the_results_only_for_a_query(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    seen = _pagefind_requests(page)
    page.goto(site_url, wait_until="networkidle")
    page.wait_for_timeout(500)
    assert "pagefind.js" in seen and any(p.startswith("wasm.") for p in seen), seen
    # The engine's warm-up search reads one index chunk; no result is fetched before a query.
    assert len([p for p in seen if p.startswith("index/")]) <= 1, seen
    assert not [p for p in seen if p.startswith("fragment/")], seen
    page.fill(SEARCH_INPUT, "Putin")
    page.wait_for_selector(RESULT)
    assert {p.split("/")[0] for p in seen} >= {"index", "fragment"}, seen
    context.close()


def test_a_reader_saving_data_loads_the_engine_only_on_intent(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(
        "Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true})})"
    )
    page = context.new_page()
    seen = _pagefind_requests(page)
    page.goto(site_url, wait_until="networkidle")
    page.wait_for_timeout(500)
    assert seen == []
    page.hover(SEARCH_INPUT)
    page.wait_for_load_state("networkidle")
    assert "pagefind.js" in seen, seen
    context.close()


def test_a_quote_is_found_where_it_is_said_not_where_it_is_repeated(
    desktop: Any, site_url: str, data: dict[str, Any]
) -> None:
    claim = max((c for c in data["claims"] if c["kind"] == "direct"), key=lambda c: c["end"] - c["start"])
    text = next(a["text"] for a in data["articles"] if a["id"] == claim["article"])
    words = " ".join(text[claim["start"] : claim["end"]].split()[:6])
    _search(desktop, site_url, words)
    found = {h.split("#")[0] for h in desktop.locator(RESULT).evaluate_all("els => els.map(e => e.href)")}
    article = next(a["url"] for a in data["articles"] if a["id"] == claim["article"])
    assert site_url + article in found
    # Entity pages list the quote and footnote it, its claim page repeats it: none is indexed.
    assert not [u for u in found if "/entities/" in u or "/claims/" in u], found


def test_the_search_box_works_from_the_keyboard(desktop: Any, site_url: str, data: dict[str, Any]) -> None:
    person = _zelenskiy(data)
    desktop.goto(site_url + "glossary/", wait_until="networkidle")
    desktop.keyboard.press("/")
    assert desktop.evaluate("document.activeElement.id") == "site-search-input"
    desktop.keyboard.type("Zelenskiy")
    desktop.wait_for_selector(RESULT)
    desktop.keyboard.press("ArrowDown")
    assert desktop.evaluate("document.activeElement.matches('.site-search__link')")
    desktop.keyboard.press("ArrowUp")
    assert desktop.evaluate("document.activeElement.id") == "site-search-input"
    desktop.keyboard.press("Escape")
    assert desktop.locator(".site-search__panel").is_hidden()
    desktop.keyboard.press("Enter")
    desktop.wait_for_url(site_url + person["url"])


def test_the_search_box_sits_in_the_header_on_a_phone(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url, wait_until="networkidle")
    box = page.locator(".md-header " + SEARCH_INPUT)
    visible = box.is_visible()
    inside = page.evaluate("innerWidth") >= box.bounding_box()["x"] + box.bounding_box()["width"]
    context.close()
    assert visible and inside


def test_search_works_under_a_subpath_and_stays_on_the_site(
    browser: Any, seed_site: Path, data: dict[str, Any], tmp_path: Path
) -> None:
    (tmp_path / "news" / "explainer").parent.mkdir()
    (tmp_path / "news" / "explainer").symlink_to(seed_site / "site", target_is_directory=True)
    person = _zelenskiy(data)
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    with serve(tmp_path) as host:
        base = host + "news/explainer/"
        _search(page, base + "claims/", "Zelenskiy").first.click()
        page.wait_for_load_state()
        landed = page.url
    context.close()
    assert landed == base + person["url"]
    assert any("/pagefind/" in u for u in requested)
    assert [u for u in requested if not u.startswith(base)] == []


def _serious(page: Any) -> list[Any]:
    """axe's serious and critical violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def test_the_open_search_results_pass_axe(desktop: Any, site_url: str) -> None:
    _search(desktop, site_url, "Putin")
    assert _serious(desktop) == []


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
    desktop.goto(site_url + pages[kind], wait_until="networkidle")
    assert _serious(desktop) == []


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


@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_page_scrolls_sideways_on_a_phone(
    browser: Any, site_url: str, pages: dict[str, str], kind: str, script: bool
) -> None:
    # Without script too: Material wraps tables in their scrolling box from its script, and a
    # page measured before (a slow phone, a loaded CI machine) or without it must fit as well.
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True, java_script_enabled=script
    )
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


def test_results_show_indexed_text_as_text(desktop: Any, site_url: str, seed_site: Path) -> None:
    import gzip
    import json

    signature = b"pagefind_dcd"
    evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'

    def hostile(route: Any) -> None:
        """Pagefind's record of a page, its title and words replaced by markup."""
        name = route.request.url.rsplit("/", 1)[1]
        data = json.loads(
            gzip.decompress((seed_site / "site" / "pagefind" / "fragment" / name).read_bytes())[12:]
        )
        data["meta"]["title"] = evil
        data["meta"]["kind"] = evil
        data["content"] = f"Zelenskiy {evil} " + data["content"]
        route.fulfill(body=gzip.compress(signature + json.dumps(data).encode()))

    desktop.route("**/pagefind/fragment/*", hostile)
    _search(desktop, site_url, "Zelenskiy")
    titles = desktop.locator(".site-search__title").all_inner_texts()
    assert evil in titles
    tags = desktop.evaluate("[...document.querySelectorAll('.site-search__results *')].map(e => e.tagName)")
    assert set(tags) <= {"LI", "A", "SPAN", "P", "MARK"}
    assert desktop.evaluate("window.pwned") is None

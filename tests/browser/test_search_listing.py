"""How search results reach the list: the top result as soon as its own fragment is in."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import DESKTOP

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

#: A name the seed article holds often enough for more than five results.
QUERY = "Ukraine"
_TITLES = "() => [...document.querySelectorAll('.site-search__title')].map(e => e.textContent)"


class _Gate:
    """Lets the first result fragment through and holds every later one until opened."""

    def __init__(self) -> None:
        self.passed = 0
        self.opened = False
        self.held: list[Any] = []

    def __call__(self, route: Any) -> None:
        """Route handler for fragment requests."""
        if self.opened or not self.passed:
            self.passed += 1
            route.continue_()
        else:
            self.held.append(route)

    def open(self) -> None:
        """Release the held requests, and let every later one through."""
        self.opened = True
        for route in self.held:
            route.continue_()


def test_the_top_result_is_listed_while_the_others_are_still_loading(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site_url, wait_until="networkidle")
    gate = _Gate()
    page.route("**/pagefind/fragment/**", gate)
    page.fill("#site-search-input", QUERY)
    page.wait_for_function(
        "q => document.querySelector('.site-search').getAttribute('data-searched') === q",
        arg=QUERY,
        timeout=10_000,  # without the top result listed alone, this waits for ever
    )
    top = page.evaluate(_TITLES)
    assert len(top) == 1 and gate.held, (top, len(gate.held))
    assert "result" in page.locator("#site-search-status").inner_text()
    gate.open()
    page.wait_for_function(
        "() => document.querySelectorAll('.site-search__link').length >= "
        "Math.min(10, parseInt(document.querySelector('#site-search-status').textContent, 10))"
    )
    titles = page.evaluate(_TITLES)
    # Later results are added after the top one, never before it: the list does not reorder.
    assert len(titles) > 5 and titles[0] == top[0], titles
    context.close()


def test_the_engine_readies_itself_once_the_page_has_loaded(browser: Any, site_url: str) -> None:
    # Nothing touches the box: the engine loads on its own, and data-engine says when it is
    # ready (the benchmark's first query waits for it, benchmarks/queries.py).
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    page.goto(site_url, wait_until="load")
    page.wait_for_selector(".site-search[data-engine=ready]", state="attached", timeout=10_000)
    # Ready means searched once: the worker has loaded the WebAssembly module and an index chunk.
    assert any(url.endswith(".pf_index") for url in seen), seen
    assert page.locator(".site-search__link").count() == 0
    context.close()

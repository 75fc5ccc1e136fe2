"""Browser fixtures: the seed site (``seed_site``) served on 127.0.0.1, and Chromium.

Chromium is Debian's (``/usr/bin/chromium``) when installed, else Playwright's own;
``make test`` installs one of them first (the ``chromium`` target).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.browser import launch, serve

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


@pytest.fixture(scope="session")
def site_url(seed_site: Path) -> Iterator[str]:
    """The built seed site, served over http from 127.0.0.1 on a free port."""
    with serve(seed_site / "site") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the whole session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@pytest.fixture
def desktop(browser: Any) -> Iterator[Any]:
    """A fresh page at desktop width."""
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def data(seed_site: Path) -> dict[str, Any]:
    """The site's JSON export, to find pages by what they hold rather than by slug."""
    return json.loads((seed_site / "site" / "data" / "explainer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def pages(data: dict[str, Any]) -> dict[str, str]:
    """Site-relative URL of one page of every kind."""
    claims_by: dict[str, list[dict[str, Any]]] = {}
    for claim in data["claims"]:
        if claim["speaker"]:
            claims_by.setdefault(claim["speaker"], []).append(claim)
    people = [e for e in data["entities"] if e["kind"] == "person" and e["id"] in claims_by]
    person = max(people, key=lambda e: (len(claims_by[e["id"]]), e["id"]))
    regions = [e for e in data["entities"] if e["kind"] == "region"]
    region = max(regions, key=lambda e: (len(e["mentions"]), e["id"]))
    claim = max(claims_by[person["id"]], key=lambda c: (len(c["about"]), c["id"]))
    return {
        "home": "",
        "article": data["articles"][0]["url"],
        "person": person["url"],
        "region": region["url"],
        "claim": claim["url"],
        "articles": "articles/",
        "actors": "actors/",
        "places": "regions/",
        "claims": "claims/",
        "glossary": "glossary/",
        "method": "method/",
        "not-found": "404.html",
    }

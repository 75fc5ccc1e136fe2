"""Search in Chromium: how long a query takes and what it fetches, on a built site.

For each kind of query (a name, a place, a phrase) a fresh browser (empty cache) opens the
home page and waits until the search engine has loaded and readied itself (it loads once the
page has loaded; see templates/assets/search.js) and the network is idle; the first query is
timed from the moment it is pasted (its index chunks and results load then), a later one on
the same page; then both again in a fresh browser, typed key by key, timed from the last
key; and the first query once more, pasted as soon as the page's HTML is parsed, before the
engine has loaded ("cold"). Times are measured in the page (``performance.now``) until the
first results are in the list; bytes are the bodies of every request under ``pagefind/``
from opening the page to the end of the first pasted query (the engine's included), as
served (this server does not compress) and as gzip would send them.
"""

from __future__ import annotations

import gzip
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.browser import launch, serve

#: Put the query into the search box (all at once, or key by key, 0.1 s apart, as a reader
#: types) and wait until its results are listed; milliseconds from the last change.
_TIMED = """async ([q, typed]) => {
  const box = document.querySelector('.site-search');
  const input = box.querySelector('input');
  for (let i = 1; typed && i < q.length; i++) {
    input.value = q.slice(0, i);
    input.dispatchEvent(new Event('input', {bubbles: true}));
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  const done = new Promise(resolve => {
    const seen = new MutationObserver(() => {
      if (box.getAttribute('data-searched') === q) { seen.disconnect(); resolve(); }
    });
    seen.observe(box, {attributes: true});
  });
  const start = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await done;
  return performance.now() - start;
}"""
#: Wait until every result of the query in the box is listed (the first ones come first).
_ALL_LISTED = """() => {
  const box = document.querySelector('.site-search');
  const total = parseInt(box.querySelector('.site-search__status').textContent, 10) || 0;
  return box.querySelectorAll('.site-search__link').length >= Math.min(10, total);
}"""
#: Already compressed by Pagefind: sent as they are.
_PACKED = (".pf_index", ".pf_fragment", ".pf_meta", ".pf_filter", ".pagefind")


def choose(export: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Two queries of each kind, from the site's own export: (first, later)."""
    counts = {e["id"]: len(e["mentions"]) for e in export["entities"]}
    people = sorted((e for e in export["entities"] if e["kind"] == "person"), key=lambda e: -counts[e["id"]])
    places = sorted((e for e in export["entities"] if e["kind"] == "region"), key=lambda e: -counts[e["id"]])
    texts = {a["id"]: a["text"] for a in export["articles"]}
    quotes = [
        texts[c["article"]][c["start"] : c["end"]].split() for c in export["claims"] if c["kind"] == "direct"
    ]
    phrases = [" ".join(q[1:5]) for q in sorted(quotes, key=len, reverse=True) if len(q) >= 6]
    return {
        "name": (people[0]["name"].split()[-1], people[1]["name"].split()[-1]),
        "place": (places[0]["name"], places[1]["name"]),
        "phrase": (phrases[0], phrases[len(phrases) // 2]),
    }


#: Figures read off the first fresh page: what was fetched and the top result's kind.
_FIRST_PAGE = ("first_bytes", "first_gzip", "later_bytes", "requests", "top_kind")
#: Fresh pages each query pair is pasted on: the figures are their medians (one page's times
#: swing by a factor of two with what else the machine does).
RUNS = 5


def measure(site: Path, queries: dict[str, tuple[str, str]], runs: int = RUNS) -> dict[str, dict[str, Any]]:
    """For each kind: first, later, typed and cold query times (ms), bytes fetched, top result's kind.

    First and later times are medians over ``runs`` fresh pages (``first_all`` and ``later_all``
    hold every one); ``ready_ms`` is when the engine was seen ready, in ms from the page's
    start (an upper bound: the page is polled for it), median too.
    """
    from playwright.sync_api import sync_playwright

    out: dict[str, dict[str, Any]] = {}
    with serve(site) as url, sync_playwright() as p:
        browser = launch(p)
        for kind, (first, later) in queries.items():
            pasted = [_pasted(browser, url, first, later) for _ in range(runs)]
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            _engine_ready(page, url)
            typed = [page.evaluate(_TIMED, [q, True]) for q in (first, later)]
            context.close()
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(url, wait_until="domcontentloaded")
            cold_ms = page.evaluate(_TIMED, [first, False])
            context.close()
            out[kind] = {
                "queries": (first, later),
                "first_ms": statistics.median(r["first_ms"] for r in pasted),
                "later_ms": statistics.median(r["later_ms"] for r in pasted),
                "first_all": [r["first_ms"] for r in pasted],
                "later_all": [r["later_ms"] for r in pasted],
                "typed_ms": typed,
                "cold_ms": cold_ms,
                "ready_ms": statistics.median(r["ready_ms"] for r in pasted),
                **{k: pasted[0][k] for k in _FIRST_PAGE},
            }
        browser.close()
    return out


def _pasted(browser: Any, url: str, first: str, later: str) -> dict[str, Any]:
    """On a fresh page, once the engine is ready: the first query pasted, then a later one."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fetched: Counter[str] = Counter()
    page.on("response", lambda r, f=fetched: _count(r, f))
    ready_ms = _engine_ready(page, url)
    first_ms = page.evaluate(_TIMED, [first, False])
    page.wait_for_function(_ALL_LISTED)
    one = dict(fetched)
    top = page.locator(".site-search__kind").first.inner_text()
    later_ms = page.evaluate(_TIMED, [later, False])
    page.wait_for_function(_ALL_LISTED)
    context.close()
    return {
        "first_ms": first_ms,
        "later_ms": later_ms,
        "ready_ms": ready_ms,
        "first_bytes": one.get("raw", 0),
        "first_gzip": one.get("gzip", 0),
        "later_bytes": fetched["raw"] - one.get("raw", 0),
        "requests": one.get("requests", 0),
        "top_kind": top,
    }


def _engine_ready(page: Any, url: str) -> float:
    """Open the page; wait until the search engine is ready and the network idle; ms to ready.

    The network goes idle (Playwright: no request for 0.5 s) before Pagefind's worker has
    even started, so ``networkidle`` alone timed the engine's own loading as part of the
    first query (400-500 ms instead of about 100; found in session 9).
    """
    page.goto(url, wait_until="networkidle")
    page.wait_for_selector(".site-search[data-engine=ready]", state="attached")
    ready: float = page.evaluate("() => performance.now()")
    page.wait_for_load_state("networkidle")
    return ready


def _count(response: Any, fetched: Counter[str]) -> None:
    """Add a ``pagefind/`` response's size, raw and as gzip would send it."""
    if "/pagefind/" not in response.url or response.status != 200:
        return
    try:
        body = response.body()
    except Exception:  # the page closed before the body came: a request not waited for
        return
    path = response.url.split("?")[0]
    fetched["raw"] += len(body)
    fetched["gzip"] += len(body) if path.endswith(_PACKED) else len(gzip.compress(body, 6))
    fetched["requests"] += 1


def index_size(site: Path) -> tuple[int, int]:
    """Bytes and files of the Pagefind bundle on disk."""
    files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)

"""Screenshots of the article, an actor and a claim page at desktop and phone width.

Usage (after ``make site``)::

    .venv/bin/python -m benchmarks.screenshots --site site --out screenshots [--seeds seeds] [--dark] [--full]

The site is served from 127.0.0.1 on a free port; pages are chosen from
``site/data/explainer.json`` (the first article, the person with most claims, and one of
that person's claims on a question others answer too), so the command needs no slugs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from benchmarks.browser import launch, serve
from generator.read import questions
from generator.site.positions import questions_touched

WIDTHS = {"desktop": (1280, 900), "phone": (375, 780)}


def pick_pages(site: Path, seeds: Path = Path("seeds")) -> dict[str, str]:
    """Site-relative URLs of an article, the most quoted person, and one of their claims.

    The claim is on a question of ``seeds/questions.yml`` that most other speakers answer.
    """
    asked_in = questions.load(seeds / "questions.yml")
    data = json.loads((site / "data" / "explainer.json").read_text(encoding="utf-8"))
    claims_by: dict[str, list[dict[str, Any]]] = {}
    for claim in data["claims"]:
        if claim["speaker"]:
            claims_by.setdefault(claim["speaker"], []).append(claim)
    people = [e for e in data["entities"] if e["kind"] == "person" and e["id"] in claims_by]
    actor = max(people, key=lambda e: (len(claims_by[e["id"]]), e["id"]))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    asked = {
        c["id"]: {q.question for q in questions_touched(asked_in, texts[c["article"]][c["start"] : c["end"]])}
        for c in data["claims"]
    }

    def voices(claim: dict[str, Any]) -> int:
        """How many other speakers answer the same question."""
        same = {c["speaker"] for c in data["claims"] if asked[c["id"]] & asked[claim["id"]]}
        return len(same - {actor["id"]})

    claim = max(claims_by[actor["id"]], key=lambda c: (voices(c), c["kind"] == "direct", c["id"]))
    return {"article": data["articles"][0]["url"], "actor": actor["url"], "claim": claim["url"]}


def shoot(site: Path, out: Path, dark: bool, full: bool, seeds: Path = Path("seeds")) -> list[Path]:
    """Write one PNG per page and width; returns their paths."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site) as base, sync_playwright() as p:
        browser = launch(p)
        for width_name, (width, height) in WIDTHS.items():
            context = browser.new_context(
                viewport={"width": width, "height": height},
                color_scheme="dark" if dark else "light",
                device_scale_factor=1,
            )
            page = context.new_page()
            for name, url in pick_pages(site, seeds).items():
                page.goto(base + url, wait_until="networkidle")
                path = out / f"{name}-{width_name}{'-dark' if dark else ''}.png"
                page.screenshot(path=str(path), full_page=full)
                written.append(path)
            context.close()
        browser.close()
    return written


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"))
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="for seeds/questions.yml")
    parser.add_argument("--dark", action="store_true", help="the dark palette")
    parser.add_argument("--full", action="store_true", help="whole pages, not the first screen")
    args = parser.parse_args()
    for path in shoot(args.site, args.out, args.dark, args.full, args.seeds):
        print(path)


if __name__ == "__main__":
    main()

"""Annotations others can read: the W3C Web Annotations and the claim pages' JSON-LD."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator.site import web_annotation

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("seed-site")]

ANNO = "http://www.w3.org/ns/anno.jsonld"


@pytest.fixture(scope="module")
def collection(seed_site: Path) -> dict[str, Any]:
    path = seed_site / "site" / web_annotation.PATH
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def export(seed_site: Path) -> dict[str, Any]:
    return json.loads((seed_site / "site" / "data" / "explainer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def base(collection: dict[str, Any]) -> str:
    """The site's address, as the collection names itself."""
    assert collection["id"].endswith("/" + web_annotation.PATH)
    url = collection["id"][: -len(web_annotation.PATH)]
    assert re.match(r"https?://[^/]+/", url), url
    return url  # type: ignore[no-any-return]


def _items(collection: dict[str, Any]) -> list[dict[str, Any]]:
    return collection["first"]["items"]  # type: ignore[no-any-return]


def _targets(item: dict[str, Any]) -> list[dict[str, Any]]:
    target = item["target"]
    return target if isinstance(target, list) else [target]


def _selector(target: dict[str, Any], kind: str) -> dict[str, Any]:
    (found,) = [s for s in target["selector"] if s["type"] == kind]
    return found  # type: ignore[no-any-return]


def test_the_collection_has_the_web_annotation_shape(collection: dict[str, Any]) -> None:
    assert collection["@context"] == ANNO
    assert collection["type"] == "AnnotationCollection"
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and page["startIndex"] == 0
    assert collection["total"] == len(page["items"]) > 100
    ids = [collection["id"], page["id"], *(item["id"] for item in page["items"])]
    assert len(ids) == len(set(ids)), "ids are not unique"
    for item in page["items"]:
        assert item["type"] == "Annotation"
        assert item["motivation"] in {"identifying", "describing"}
        bodies = item["body"] if isinstance(item["body"], list) else [item["body"]]
        assert all(b["type"] in {"Text", "TextualBody"} for b in bodies)
        assert all(b.get("label") or b.get("value") for b in bodies)
        for target in _targets(item):
            assert {s["type"] for s in target["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}


def test_every_selector_finds_its_words_in_the_article(
    collection: dict[str, Any], export: dict[str, Any], base: str
) -> None:
    texts = {base + a["url"]: a["text"] for a in export["articles"]}
    checked = 0
    for item in _items(collection):
        for target in _targets(item):
            text = texts[target["source"]]
            quote = _selector(target, "TextQuoteSelector")
            where = _selector(target, "TextPositionSelector")
            start, end = where["start"], where["end"]
            assert quote["exact"] == text[start:end] != ""
            assert quote["prefix"] == text[max(0, start - 32) : start]
            assert quote["suffix"] == text[end : end + 32]
            checked += 1
    assert checked >= len(_items(collection))


def test_every_claim_and_mention_is_annotated(
    collection: dict[str, Any], export: dict[str, Any], base: str
) -> None:
    by_id = {item["id"]: item for item in _items(collection)}
    home = base + web_annotation.PATH
    for claim in export["claims"]:
        item = by_id[f"{home}#claim-{claim['id']}"]
        spans = [(t["selector"][1]["start"], t["selector"][1]["end"]) for t in _targets(item)]
        assert spans == [(p["start"], p["end"]) for p in claim["parts"]]
        pages = [b["id"] for b in item["body"] if b["type"] == "Text"]
        assert base + claim["url"] in pages
        if claim["speaker"]:
            assert base + f"entities/{claim['speaker']}/" in pages
    for entity in export["entities"]:
        for m in entity["mentions"]:
            item = by_id[f"{home}#mention-{m['article']}-{m['start']}-{m['end']}-{entity['id']}"]
            assert item["body"]["id"] == base + entity["url"]
            assert item["body"]["label"] == entity["name"]


def test_claim_pages_carry_json_ld_with_absolute_urls(
    seed_site: Path, export: dict[str, Any], base: str
) -> None:
    claim = next(c for c in export["claims"] if c["speaker"])
    html = (seed_site / "site" / claim["url"] / "index.html").read_text(encoding="utf-8")
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert script is not None
    data = json.loads(script.group(1))
    assert data["@type"] == "Claim"
    assert data["url"] == base + claim["url"]
    assert data["appearance"]["url"] == base + next(a["url"] for a in export["articles"])
    assert data["author"]["url"] == base + f"entities/{claim['speaker']}/"

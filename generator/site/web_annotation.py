"""Annotations others can read: ``data/annotations.jsonld`` and the JSON-LD of claim pages.

Every claim and every entity mention becomes a W3C Web Annotation
(https://www.w3.org/TR/annotation-model/): its target is the article's page, found by a
``TextQuoteSelector`` (the exact words with up to 32 characters either side) and by a
``TextPositionSelector`` (code-point offsets into the article text, as in
``data/explainer.json``); its body names the speaker or the entity and links its page. A
quote over several paragraphs has one target per part, so that no target takes in the
words between the parts.

Every URL is absolute, from ``site_url`` (the build passes it in); without one they are
relative to the site root.
"""

from __future__ import annotations

from typing import Any

from generator.model import Article, Claim, Graph, Span
from generator.resolve.addresses import article_page, claim_page, entity_page, page_url
from generator.site import jsontext

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: Where the collection is served, relative to the site root.
PATH = "data/annotations.jsonld"
#: Characters of context kept on each side of the exact words.
CONTEXT_CHARS = 32
_KIND = {"direct": "Direct quote", "indirect": "Reported speech"}


def absolute(site_url: str, page: str) -> str:
    """The URL of a docs page (or of ``PATH``) on the site served at ``site_url``."""
    url = page_url(page) if page.endswith(".md") else page
    return (site_url.rstrip("/") + "/" + url) if site_url else url


def export(graph: Graph, site_url: str) -> str:
    """The whole annotation collection, as stable JSON-LD, one annotation a line (``jsontext``)."""
    articles = {a.id: a for a in graph.articles}
    entities = {e.id: e for e in graph.entities}
    home = absolute(site_url, PATH)
    items = [_claim(home, site_url, articles[c.article], c, entities) for c in graph.claims]
    seen: set[str] = set()
    for m in graph.mentions:
        name = f"{home}#mention-{m.article}-{m.span.start}-{m.span.end}-{m.entity}"
        if name in seen:
            continue
        seen.add(name)
        entity = entities[m.entity]
        items.append(
            {
                "id": name,
                "type": "Annotation",
                "motivation": "identifying",
                "body": _page(site_url, entity_page(entity.id), entity.name),
                "target": _target(site_url, articles[m.article], m.span),
            }
        )
    collection = {
        "@context": CONTEXT,
        "id": home,
        "type": "AnnotationCollection",
        "label": "Claims and mentions of people, organisations and places in the articles",
        "total": len(items),
        "first": {"id": f"{home}#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return jsontext.dumps(collection)


def _claim(home: str, site_url: str, article: Article, claim: Claim, entities: dict[str, Any]) -> dict[str, Any]:
    """One claim: described by its page and, when known, its speaker's page."""
    speaker = entities[claim.speaker] if claim.speaker else None
    said = f"{_KIND[claim.kind]} by {speaker.name}" if speaker else f"{_KIND[claim.kind]}, speaker not named"
    body: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "describing", "value": said, "format": "text/plain", "language": "en"},
        _page(site_url, claim_page(claim.id), said),
    ]
    if speaker is not None:
        body.append(_page(site_url, entity_page(speaker.id), speaker.name))
    targets = [_target(site_url, article, part) for part in claim.parts or (claim.span,)]
    return {
        "id": f"{home}#claim-{claim.id}",
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": targets[0] if len(targets) == 1 else targets,
    }


def _page(site_url: str, page: str, label: str) -> dict[str, str]:
    """A page of the site as an annotation body."""
    return {"id": absolute(site_url, page), "type": "Text", "format": "text/html", "label": label}


def _target(site_url: str, article: Article, span: Span) -> dict[str, Any]:
    """Words of an article, on its page: by quote and by position."""
    text = article.text
    return {
        "source": absolute(site_url, article_page(article.id)),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": span.slice(text),
                "prefix": text[max(0, span.start - CONTEXT_CHARS) : span.start],
                "suffix": text[span.end : span.end + CONTEXT_CHARS],
            },
            {"type": "TextPositionSelector", "start": span.start, "end": span.end},
        ],
    }


def claim_jsonld(
    site_url: str, article: Article, claim: Claim, text: str, speaker: tuple[str, str, str] | None
) -> dict[str, Any]:
    """schema.org ``Claim`` data for a claim's page; ``speaker`` is (id, kind, name).

    Serialised safely by the renderer (``jsonld`` filter); URLs absolute, as above.
    """
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "url": absolute(site_url, claim_page(claim.id)),
        "text": text,
        "appearance": {
            "@type": "NewsArticle",
            "headline": article.title,
            "url": absolute(site_url, article_page(article.id)),
        },
    }
    if speaker is not None:
        speaker_id, kind, name = speaker
        data["author"] = {
            "@type": "Person" if kind == "person" else "Organization",
            "name": name,
            "url": absolute(site_url, entity_page(speaker_id)),
        }
    if article.meta.date:
        data["datePublished"] = article.meta.date
    return data

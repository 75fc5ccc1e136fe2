"""The home page and the method page ("How this was made")."""

from __future__ import annotations

from typing import Any

from generator.resolve.addresses import ACTORS, ARTICLES, CLAIMS, GLOSSARY, HOME, METHOD, REGIONS
from generator.site import graph_svg
from generator.site.lookup import Lookup, is_region
from generator.site.markup import relative
from generator.site.pieces import article_link, entity_link
from generator.site.render import PageSpec
from generator.site.values import SiteValues
from generator.site.wording import KIND_LABELS

#: How many actors and places the home page lists.
TOP = 10


def home(lookup: Lookup, site: SiteValues) -> PageSpec:
    """The home page: what this is, how to read it, figures and ways in."""
    page = HOME
    graph = lookup.graph
    return PageSpec(
        page,
        "home.md.j2",
        {
            "site_name": site.site_name,
            "counts": {
                "articles": len(graph.articles),
                "actors": sum(1 for e in graph.entities if not is_region(e)),
                "regions": sum(1 for e in graph.entities if is_region(e)),
                "claims": len(graph.claims),
                "quotes": sum(1 for c in graph.claims if c.kind == "direct"),
            },
            "articles": [
                {
                    "link": article_link(lookup, page, a.id),
                    "date": a.meta.date or "",
                    "publisher": a.meta.publisher or "",
                }
                for a in graph.articles
            ],
            "urls": {
                name: relative(page, target)
                for name, target in [
                    ("actors", ACTORS),
                    ("regions", REGIONS),
                    ("claims", CLAIMS),
                    ("articles", ARTICLES),
                    ("method", METHOD),
                    ("glossary", GLOSSARY),
                ]
            },
            "glossary_examples": glossary_examples(site),
            "graph": graph_svg.home_graph(lookup, page),
            "top_actors": _top(lookup, page, regions=False),
            "top_regions": _top(lookup, page, regions=True),
        },
    )


def glossary_examples(site: SiteValues) -> list[str]:
    """The glossary's terms in the order of its file: the maintainer puts the best known first."""
    return [t.term for t in sorted(site.glossary, key=lambda t: t.line)]


def _top(lookup: Lookup, page: str, regions: bool) -> list[dict[str, Any]]:
    """The most-mentioned actors or regions, for the home page."""
    chosen = [e for e in lookup.graph.entities if is_region(e) == regions]
    chosen.sort(key=lambda e: (-len(lookup.mentions_of[e.id]), e.name))
    return [
        {
            "link": entity_link(lookup, page, e.id),
            "kind": KIND_LABELS[e.kind],
            "mentions": len(lookup.mentions_of[e.id]),
            "claims": len(lookup.claims_by[e.id]),
        }
        for e in chosen[:TOP]
    ]


def method(site: SiteValues) -> PageSpec:
    """How this was made: method, what is automatic, what is edited, measured figures."""
    return PageSpec(
        METHOD,
        "method.md.j2",
        {
            "model": site.model,
            "evaluation": site.evaluation,
            "register_entries": site.register_entries,
            "home_url": relative(METHOD, HOME),
        },
    )

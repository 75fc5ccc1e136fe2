"""Where every page lives: docs-relative paths and the URLs MkDocs serves them at.

Resolution gives entities and claims their ids; these functions turn ids into the paths
the site stage renders and the URLs redirects and the export refer to.
"""

from __future__ import annotations

from generator.model import Graph

HOME = "index.md"
METHOD = "method.md"
GLOSSARY = "glossary.md"
ARTICLES = "articles/index.md"
ACTORS = "actors/index.md"
REGIONS = "regions/index.md"
CLAIMS = "claims/index.md"


def article_page(article_id: str) -> str:
    """Docs path of an article page."""
    return f"articles/{article_id}.md"


def entity_page(entity_id: str) -> str:
    """Docs path of an actor or region page."""
    return f"entities/{entity_id}.md"


def claim_page(claim_id: str) -> str:
    """Docs path of a claim page."""
    return f"claims/{claim_id}.md"


def page_url(page: str) -> str:
    """The site-root-relative URL MkDocs gives a page (directory URLs)."""
    if page == "index.md":
        return ""
    if page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[: -len(".md")] + "/"


def site_pages(graph: Graph) -> tuple[str, ...]:
    """Docs path of every page the site stage writes for ``graph`` (redirect pages aside)."""
    fixed = (HOME, METHOD, ARTICLES, GLOSSARY, ACTORS, REGIONS, CLAIMS)
    return (
        *fixed,
        *(article_page(a.id) for a in graph.articles),
        *(entity_page(e.id) for e in graph.entities),
        *(claim_page(c.id) for c in graph.claims),
    )


def live_urls(graph: Graph) -> dict[str, str]:
    """Site URL -> docs path of every live page: what redirects may point to."""
    return {page_url(path): path for path in site_pages(graph)}

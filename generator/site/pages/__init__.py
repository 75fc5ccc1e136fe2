"""One module per page kind; ``all_pages`` lists every page of the site, in a fixed order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from generator.model import Graph
from generator.resolve.addresses import ACTORS, REGIONS, article_page, claim_page, entity_page, live_urls
from generator.resolve.redirects import Redirect
from generator.site.lookup import Lookup
from generator.site.pagekeys import PageKeys
from generator.site.pages import article, claim, entity, glossary, home, indexes, redirect
from generator.site.positions import Positions
from generator.site.render import PageSpec
from generator.site.values import SiteValues


@dataclass(frozen=True)
class Planned:
    """A page to make: its path, a key of its inputs (None: no cheap one), and how to make it."""

    path: str
    key: str | None
    make: Callable[[], PageSpec]


def all_pages(graph: Graph, site: SiteValues, redirects: Sequence[Redirect] = ()) -> list[PageSpec]:
    """Every page of the site: the pages of the graph, then the redirect pages."""
    return [planned.make() for planned in page_plan(graph, site, redirects)]


def page_plan(
    graph: Graph, site: SiteValues, redirects: Sequence[Redirect] = (), salt: str | None = None
) -> list[Planned]:
    """Every page of the site, in ``all_pages``' order, the costly kinds made only when asked.

    With a ``salt`` (the render cache's), claim, article and entity pages carry a key of
    their inputs (``pagekeys``), by which a build can reuse them without making their context.
    """
    lookup = Lookup(graph)
    positions = Positions(lookup, site.questions)
    terms = site.glossary
    keys = None if salt is None else PageKeys(lookup, positions, terms, site.site_url, salt)
    pages = [home.home(lookup, site), home.method(site), indexes.articles_index(lookup)]
    pages += [glossary.glossary(lookup, terms, home.glossary_examples(site))]
    plan = [_made(spec) for spec in pages]
    for a in graph.articles:
        related = article.related_articles(lookup, a.id)
        key = None if keys is None else keys.article(a.id, related)
        plan.append(Planned(article_page(a.id), key, partial(article.article, lookup, a.id, terms, related)))
    pages = [indexes.entity_index(lookup, ACTORS), indexes.entity_index(lookup, REGIONS)]
    pages += [indexes.claims_index(lookup)]
    plan += [_made(spec) for spec in pages]
    for e in graph.entities:
        key = None if keys is None else keys.entity(e.id)
        plan.append(Planned(entity_page(e.id), key, partial(entity.entity, lookup, e, terms)))
    for c in graph.claims:
        others = positions.others(c)
        key = None if keys is None else keys.claim(c, others)
        make = partial(claim.claim, lookup, positions, c, terms, site.site_url, others)
        plan.append(Planned(claim_page(c.id), key, make))
    plan += [_made(spec) for spec in redirect.redirect_pages(redirects, live_urls(graph))]
    return plan


def _made(spec: PageSpec) -> Planned:
    """A page whose context is made already (no key)."""
    return Planned(spec.path, None, lambda: spec)

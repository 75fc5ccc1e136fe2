"""One module per page kind; ``all_pages`` lists every page of the site, in a fixed order."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Graph
from generator.resolve.addresses import ACTORS, REGIONS, live_urls
from generator.resolve.redirects import Redirect
from generator.site.lookup import Lookup
from generator.site.pages import article, claim, entity, glossary, home, indexes, redirect
from generator.site.positions import Positions
from generator.site.render import PageSpec
from generator.site.values import SiteValues


def all_pages(graph: Graph, site: SiteValues, redirects: Sequence[Redirect] = ()) -> list[PageSpec]:
    """Every page of the site: the pages of the graph, then the redirect pages."""
    lookup = Lookup(graph)
    positions = Positions(lookup, site.questions)
    terms = site.glossary
    pages = [home.home(lookup, site), home.method(site), indexes.articles_index(lookup)]
    pages += [glossary.glossary(lookup, terms, home.glossary_examples(site))]
    pages += [article.article(lookup, a.id, terms) for a in graph.articles]
    pages += [indexes.entity_index(lookup, ACTORS), indexes.entity_index(lookup, REGIONS)]
    pages += [indexes.claims_index(lookup)]
    pages += [entity.entity(lookup, e, terms) for e in graph.entities]
    pages += [claim.claim(lookup, positions, c, terms, site.site_url) for c in graph.claims]
    pages += redirect.redirect_pages(redirects, live_urls(graph))
    return pages

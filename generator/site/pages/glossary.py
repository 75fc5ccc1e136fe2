"""The glossary page: every term, its definition, and the articles that use it."""

from __future__ import annotations

from markupsafe import Markup

from generator.read.glossary import Term
from generator.resolve.addresses import GLOSSARY
from generator.site import tooltips
from generator.site.lookup import Lookup
from generator.site.pieces import article_link, joined
from generator.site.render import PageSpec

#: How many articles an entry links to.
_USED_IN = 10


def glossary(lookup: Lookup, terms: tuple[Term, ...], examples: list[str]) -> PageSpec:
    """Every glossary term, its definition, and the articles that use it.

    ``examples`` are terms for the page's description, best known first.
    """
    page = GLOSSARY
    entries = []
    for term in terms:
        used = [a for a in lookup.graph.articles if tooltips.used_in([term], [a.text])]
        entries.append(
            {
                "term": term.term,
                "anchor": Markup(term.anchor),  # a slug: lowercase letters, digits, hyphens
                "definition": term.definition,
                "variants": ", ".join(term.variants),
                "articles": joined([article_link(lookup, page, a.id) for a in used[:_USED_IN]]),
            }
        )
    return PageSpec(page, "glossary.md.j2", {"entries": entries, "examples": examples})

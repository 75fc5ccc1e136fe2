"""One function per page kind, each returning the PageSpecs of that kind."""

from __future__ import annotations

from collections import Counter
import json
from collections.abc import Iterable, Mapping
from typing import Any

from markupsafe import Markup

from generator.site import article_body, web_annotation
from generator.site import tooltips
from generator.site import graph_svg
from generator.site.citations import Citations
from generator.read.glossary import Term
from generator.resolve.addresses import (
    ACTORS,
    ARTICLES,
    CLAIMS,
    GLOSSARY,
    HOME,
    METHOD,
    REGIONS,
    article_page,
    claim_page,
    entity_page,
    page_url,
)
from generator.site.markup import link
from generator.resolve.redirects import Redirect
from generator.site.render import PageSpec
from generator.model import ACTOR_KINDS, Claim, Entity, Graph
from generator.site.lookup import (
    KIND_LABELS,
    SEARCH_BOOST,
    Lookup,
    by_article,
    claim_item,
    claim_text,
    claim_title,
    entity_link,
    front_matter,
    is_region,
    other_positions,
    questions,
    related_entities,
    sentence_with_mention,
)

_REGION_KINDS = frozenset({"region"})
#: Endings of transliterated Slavic surnames; any one of them finds the others in search.
_TRANSLITERATIONS = ("skiy", "skyy", "skyi", "sky", "ski")


def all_pages(graph: Graph, extra: dict[str, Any]) -> list[PageSpec]:
    """Every page of the site, in a fixed order."""
    lookup = Lookup(graph)
    terms: tuple[Term, ...] = tuple(extra.get("glossary", ()))
    pages = [_home(lookup, extra), _method(lookup, extra), _articles_index(lookup)]
    pages += [_glossary(lookup, terms)]
    pages += [_article(lookup, a.id, terms) for a in graph.articles]
    pages += [_entity_index(lookup, ACTORS), _entity_index(lookup, REGIONS), _claims_index(lookup)]
    pages += [_entity(lookup, e, terms) for e in graph.entities]
    site_url = str(extra.get("site_url", ""))
    pages += [_claim(lookup, c, terms, site_url) for c in graph.claims]
    return pages


def _abbreviations(terms: tuple[Term, ...], texts: list[str]) -> list[Markup]:
    """Glossary tooltips for the terms that occur in a page's quoted text."""
    return tooltips.abbreviations(tooltips.used_in(terms, texts))


def _joined(links: list[Markup], sep: str = " · ") -> Markup:
    """Links on one line, for templates (a loop there would eat the line's end)."""
    return Markup(sep).join(links)


def spellings(entity: Entity) -> list[str]:
    """Other transliterations of the entity's names, so that any spelling finds it in search."""
    known = {w.lower() for name in (entity.name, *entity.aliases) for w in name.split()}
    out: list[str] = []
    for word in sorted(known):
        for ending in _TRANSLITERATIONS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: -len(ending)]
                out += [stem + e for e in _TRANSLITERATIONS if stem + e not in known]
                break
    return [w[:1].upper() + w[1:] for w in dict.fromkeys(out)]


def _counts(lookup: Lookup) -> dict[str, int]:
    """Figures for the home page."""
    entities = lookup.graph.entities
    return {
        "articles": len(lookup.graph.articles),
        "actors": sum(1 for e in entities if not is_region(e)),
        "regions": sum(1 for e in entities if is_region(e)),
        "claims": len(lookup.graph.claims),
        "quotes": sum(1 for c in lookup.graph.claims if c.kind == "direct"),
    }


def _top(lookup: Lookup, page: str, regions: bool, n: int = 10) -> list[dict[str, Any]]:
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
        for e in chosen[:n]
    ]


def _home(lookup: Lookup, extra: dict[str, Any]) -> PageSpec:
    """The home page: what this is, how to read it, figures and ways in."""
    page = HOME
    counts = _counts(lookup)
    return PageSpec(
        page,
        "home.md.j2",
        {
            "front": front_matter(
                extra["site_name"],
                "An annotated explainer: every actor, place and "
                "claim in the articles, each statement footnoted to the source.",
            ),
            "site_name": extra["site_name"],
            "counts": counts,
            "articles": [
                {
                    "link": link(a.title, page, article_page(a.id)),
                    "date": a.meta.date or "",
                    "publisher": a.meta.publisher or "",
                }
                for a in lookup.graph.articles
            ],
            "links": {
                "actors": link("Actors", page, ACTORS),
                "regions": link("Places", page, REGIONS),
                "claims": link("Claims", page, CLAIMS),
                "articles": link("Articles", page, ARTICLES),
                "method": link("How this was made", page, METHOD),
                "glossary": link("Glossary", page, GLOSSARY),
            },
            "graph": graph_svg.home_graph(lookup, page),
            "top_actors": _top(lookup, page, regions=False),
            "top_regions": _top(lookup, page, regions=True),
        },
    )


def _method(lookup: Lookup, extra: dict[str, Any]) -> PageSpec:
    """How this was made: method, what is automatic, what is edited, measured figures."""
    return PageSpec(
        METHOD,
        "method.md.j2",
        {
            "front": front_matter(
                "How this was made",
                "How the explainer is generated from the "
                "articles, what is automatic and what is edited, and how well it works.",
            ),
            "model": extra["model"],
            "evaluation": extra["evaluation"],
            "register_entries": extra["register_entries"],
            "home": link("home", METHOD, HOME),
        },
    )


def _articles_index(lookup: Lookup) -> PageSpec:
    """All articles with their figures."""
    page = ARTICLES
    rows = []
    for a in lookup.graph.articles:
        rows.append(
            {
                "link": link(a.title, page, article_page(a.id)),
                "date": a.meta.date or "",
                "publisher": a.meta.publisher or "",
                "claims": len(lookup.claims_in[a.id]),
                "entities": len({m.entity for m in lookup.mentions_in[a.id]}),
            }
        )
    return PageSpec(
        page,
        "articles_index.md.j2",
        {
            "front": front_matter("Articles", "The articles this explainer is built from."),
            "rows": rows,
        },
    )


def _glossary(lookup: Lookup, terms: tuple[Term, ...]) -> PageSpec:
    """Every glossary term, its definition, and the articles that use it."""
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
                "articles": _joined([link(a.title, page, article_page(a.id)) for a in used[:10]]),
            }
        )
    return PageSpec(
        page,
        "glossary.md.j2",
        {
            "front": front_matter(
                "Glossary",
                "Words from the news explained: annexation, referendum, de jure and de facto, and more.",
            ),
            "entries": entries,
        },
    )


def _article(lookup: Lookup, article_id: str, terms: tuple[Term, ...]) -> PageSpec:
    """The article's full text, annotated, with its people and places."""
    page = article_page(article_id)
    article = lookup.articles[article_id]
    analysis = lookup.analyses[article_id]
    entity_pages = {m.entity: entity_page(m.entity) for m in lookup.mentions_in[article_id]}
    claim_pages = {c.id: claim_page(c.id) for c in lookup.claims_in[article_id]}
    mentions = sorted(lookup.mentions_in[article_id], key=lambda m: m.span.start)
    paragraphs = [
        article_body.paragraph(
            page,
            article.text,
            p,
            analysis.sentences,
            mentions,
            lookup.claims_in[article_id],
            lookup.entities,
            claim_pages,
            entity_pages,
        )
        for p in analysis.paragraphs
    ]
    present = Counter(m.entity for m in mentions)
    ranked = sorted(present, key=lambda e: (-present[e], lookup.entities[e].name))
    return PageSpec(
        page,
        "article.md.j2",
        {
            "front": front_matter(
                article.title, _first_words(article.text), boost=SEARCH_BOOST["article"], tags=["Article"]
            ),
            "title": article.title,
            "meta": {
                "publisher": article.meta.publisher or "",
                "date": article.meta.date or "",
                "url": article.meta.url or "",
                "licence": article.meta.licence or "",
                "source": article.source,
            },
            "paragraphs": paragraphs,
            "actors": _joined(
                [entity_link(lookup, page, e) for e in ranked if not is_region(lookup.entities[e])]
            ),
            "regions": _joined(
                [entity_link(lookup, page, e) for e in ranked if is_region(lookup.entities[e])]
            ),
            "n_actors": sum(1 for e in ranked if not is_region(lookup.entities[e])),
            "n_regions": sum(1 for e in ranked if is_region(lookup.entities[e])),
            "claims_count": len(lookup.claims_in[article_id]),
            "related": _related_articles(lookup, article_id, present),
            "quotes": sum(1 for c in lookup.claims_in[article_id] if c.kind == "direct"),
            "glossary": link("glossary", page, GLOSSARY),
            "lead": ", ".join(x for x in (article.meta.publisher, article.meta.date) if x)
            or "Annotated text",
            "abbreviations": _abbreviations(terms, [article.text]),
        },
    )


def _first_words(text: str) -> str:
    """The opening of an article, for its meta description."""
    return " ".join(text.split()[:30])


def _related_articles(lookup: Lookup, article_id: str, present: Counter[str]) -> list[dict[str, Any]]:
    """Other articles sharing actors with this one, most shared first."""
    page = article_page(article_id)
    shared: Counter[str] = Counter()
    names: dict[str, list[str]] = {}
    for entity_id in present:
        for other in lookup.articles_of[entity_id] - {article_id}:
            shared[other] += 1
            names.setdefault(other, []).append(lookup.entities[entity_id].name)
    ranked = sorted(shared, key=lambda a: (-shared[a], a))[:10]
    return [
        {
            "link": link(lookup.articles[a].title, page, article_page(a)),
            "shared": ", ".join(sorted(names[a])[:5]),
        }
        for a in ranked
    ]


def _entity(lookup: Lookup, entity: Entity, terms: tuple[Term, ...]) -> PageSpec:
    """An actor or region page: summary, claims by and about it, mentions, related."""
    page = entity_page(entity.id)
    cites = Citations(page, lookup.sources)
    mentions = sorted(lookup.mentions_of[entity.id], key=lambda m: (lookup.order[m.article], m.span.start))
    first = mentions[0] if mentions else None
    by = lookup.claims_by[entity.id]
    about = lookup.claims_about[entity.id]
    context = {
        "name": entity.name,
        "kind": KIND_LABELS[entity.kind],
        "is_region": is_region(entity),
        "description": entity.description or "",
        "wikidata": entity.wikidata or "",
        "aliases": list(entity.aliases),
        "spellings": spellings(entity),
        "graph": graph_svg.neighbourhood(lookup, page, entity.id),
        "first": _first_mention(lookup, page, cites, first) if first else None,
        "counts": {
            "by": len(by),
            "about": len(about),
            "mentions": len(mentions),
            "articles": len({m.article for m in mentions}),
        },
        "epithets": _epithets(lookup, cites, mentions),
        "claims_by": by_article(lookup, [(c.article, claim_item(lookup, page, cites, c)) for c in by], page),
        "claims_about": by_article(
            lookup, [(c.article, claim_item(lookup, page, cites, c)) for c in about], page
        ),
        "mentions": by_article(
            lookup,
            [
                (
                    m.article,
                    {
                        "sentence": sentence_with_mention(lookup, m),
                        "cite": cites.cite(m.article, lookup.sentence_span(m.article, m.sentence)),
                    },
                )
                for m in _one_per_sentence(mentions)
            ],
            page,
        ),
        "related_actors": _joined(related_entities(lookup, page, entity.id, ACTOR_KINDS)),
        "related_regions": _joined(related_entities(lookup, page, entity.id, _REGION_KINDS)),
        "index": link(
            "all places" if is_region(entity) else "all actors",
            page,
            REGIONS if is_region(entity) else ACTORS,
        ),
    }
    summary = (
        f"{entity.name} ({KIND_LABELS[entity.kind].lower()}): {len(by)} claims made, "
        f"{len(about)} claims about, {len(mentions)} mentions."
    )
    context["summary"] = summary
    context["front"] = front_matter(
        entity.name,
        entity.description or summary,
        boost=SEARCH_BOOST["entity"],
        tags=[KIND_LABELS[entity.kind]],
    )
    context["footnotes"] = cites.definitions()
    texts = [
        lookup.sentence_span(m.article, m.sentence).slice(lookup.articles[m.article].text) for m in mentions
    ]
    context["abbreviations"] = _abbreviations(terms, texts)
    return PageSpec(page, "entity.md.j2", context)


def _one_per_sentence(mentions: list[Any]) -> list[Any]:
    """The first mention in each sentence: a sentence is quoted once however often it names."""
    seen: set[tuple[str, int]] = set()
    out = []
    for m in mentions:
        if (m.article, m.sentence) not in seen:
            seen.add((m.article, m.sentence))
            out.append(m)
    return out


def _first_mention(lookup: Lookup, page: str, cites: Citations, mention: Any) -> dict[str, Any]:
    """Where the entity is first mentioned, cited."""
    article = lookup.articles[mention.article]
    return {
        "article": link(article.title, page, article_page(article.id)),
        "words": mention.span.slice(article.text),
        "cite": cites.cite(article.id, mention.span),
    }


def _epithets(lookup: Lookup, cites: Citations, mentions: list[Any]) -> list[dict[str, Any]]:
    """The articles' own characterisations of this entity, each cited."""
    return [
        {
            "words": lookup.articles[m.article].text[m.span.start : m.span.end],
            "cite": cites.cite(m.article, m.span),
        }
        for m in mentions
        if m.role == "epithet"
    ]


def _entity_index(lookup: Lookup, page: str) -> PageSpec:
    """Actors or places, with counts, most mentioned first."""
    regions = page == REGIONS
    chosen = [e for e in lookup.graph.entities if is_region(e) == regions]
    chosen.sort(key=lambda e: (-len(lookup.mentions_of[e.id]), e.name))
    rows = [
        {
            "link": entity_link(lookup, page, e.id),
            "kind": KIND_LABELS[e.kind],
            "aliases": ", ".join(e.aliases[:4]),
            "mentions": len(lookup.mentions_of[e.id]),
            "by": len(lookup.claims_by[e.id]),
            "about": len(lookup.claims_about[e.id]),
        }
        for e in chosen
    ]
    title = "Places" if regions else "Actors"
    what = "places" if regions else "people, organisations, countries and groups"
    return PageSpec(
        page,
        "entity_index.md.j2",
        {
            "front": front_matter(title, f"Every one of the {what} in the articles, with counts."),
            "title": title,
            "regions": regions,
            "rows": rows,
        },
    )


def _claims_index(lookup: Lookup) -> PageSpec:
    """Every claim, grouped by article, in the order of the text."""
    page = CLAIMS
    groups = []
    for article in lookup.graph.articles:
        claims = sorted(lookup.claims_in[article.id], key=lambda c: c.span.start)
        if not claims:
            continue
        groups.append(
            {
                "link": link(article.title, page, article_page(article.id)),
                "rows": [
                    {
                        "speaker": entity_link(lookup, page, c.speaker) if c.speaker else None,
                        "claim": link(_short(claim_text(lookup, c)), page, claim_page(c.id)),
                        "kind": "quote" if c.kind == "direct" else "reported",
                    }
                    for c in claims
                ],
            }
        )
    return PageSpec(
        page,
        "claims_index.md.j2",
        {
            "front": front_matter(
                "Claims",
                "Every claim in the articles: who said what, quoted and reported, each linked to its source.",
            ),
            "count": len(lookup.graph.claims),
            "groups": groups,
        },
    )


def _short(text: str) -> str:
    """The first words of a claim, for lists."""
    words = text.split()
    return " ".join(words[:14]) + (" …" if len(words) > 14 else "")


def _claim(lookup: Lookup, claim: Claim, terms: tuple[Term, ...], site_url: str) -> PageSpec:
    """A claim: the words, who said them, the source sentence, and other positions."""
    page = claim_page(claim.id)
    cites = Citations(page, lookup.sources)
    article = lookup.articles[claim.article]
    analysis = lookup.analyses[claim.article]
    sentence = analysis.sentences[claim.sentence]
    item = claim_item(lookup, page, cites, claim)
    others = other_positions(lookup, claim)
    grouped: dict[str, list[dict[str, Any]]] = {}
    for other in others:
        who = lookup.entities[other.speaker].name if other.speaker else "Unattributed"
        grouped.setdefault(who, []).append(
            {
                "speaker": entity_link(lookup, page, other.speaker) if other.speaker else None,
                "item": claim_item(lookup, page, cites, other),
            }
        )
    title = claim_title(lookup, claim)
    context = {
        "title": title,
        "item": item,
        "kind": "Direct quote" if claim.kind == "direct" else "Reported speech",
        "cue": claim.cue.slice(article.text) if claim.cue else "",
        "cue_cite": cites.cite(article.id, claim.cue) if claim.cue else Markup(""),
        "speaker_words": claim.speaker_span.slice(article.text) if claim.speaker_span else "",
        "speaker_cite": cites.cite(article.id, claim.speaker_span) if claim.speaker_span else Markup(""),
        "sentence": sentence.span.slice(article.text),
        "sentence_cite": cites.cite(article.id, sentence.span),
        "sentence_link": link("Read it in the article", page, article_page(article.id), sentence.anchor),
        "about": _joined([entity_link(lookup, page, e) for e in claim.about if e != claim.speaker], ", "),
        "topics": list(claim.topics),
        "others": [{"speaker": k, "link": v[0]["speaker"], "items": v} for k, v in grouped.items()],
        "questions": questions(claim_text(lookup, claim)),
        "jsonld": _claim_jsonld(lookup, claim, site_url),
        "claims": link("all claims", page, CLAIMS),
    }
    context["front"] = front_matter(
        title, claim_text(lookup, claim), boost=SEARCH_BOOST["claim"], tags=["Claim"]
    )
    context["footnotes"] = cites.definitions()
    texts = [sentence.span.slice(article.text)] + [claim_text(lookup, o) for o in others]
    context["abbreviations"] = _abbreviations(terms, texts)
    return PageSpec(page, "claim.md.j2", context)


def _claim_jsonld(lookup: Lookup, claim: Claim, site_url: str) -> dict[str, Any]:
    """schema.org Claim data (serialised safely by the renderer), with absolute URLs."""
    speaker = lookup.entities[claim.speaker] if claim.speaker else None
    who = (speaker.id, speaker.kind, speaker.name) if speaker else None
    article = lookup.articles[claim.article]
    return web_annotation.claim_jsonld(site_url, article, claim, claim_text(lookup, claim), who)


def redirect_pages(redirects: Iterable[Redirect], live: Mapping[str, str]) -> list[PageSpec]:
    """One small page per redirect, at the old address; ``live`` maps URLs to docs paths."""
    pages = []
    for r in redirects:
        target_page = live[r.target]
        pages.append(
            PageSpec(
                r.old,
                "redirect.md.j2",
                {
                    "front": Markup(
                        "\n".join(
                            [
                                "---",
                                "title: Moved",
                                "template: redirect.html",
                                f"redirect: {json.dumps(r.relative_target())}",
                                "search:",
                                "  exclude: true",
                                "---",
                            ]
                        )
                    ),
                    "link": link(r.target or "home", r.old, target_page, r.anchor),
                },
            )
        )
    return pages

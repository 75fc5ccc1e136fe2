"""A claim's page: the words, who said them, the source sentence, and other positions."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup

from generator.model import Claim, Span
from generator.read.glossary import Term
from generator.resolve.addresses import CLAIMS, article_page, claim_page
from generator.site import web_annotation
from generator.site.citations import Citations
from generator.site.lookup import Lookup, claim_text
from generator.site.markup import relative
from generator.site.pieces import abbreviations, claim_item, entity_link, joined
from generator.site.positions import Positions
from generator.site.render import PageSpec
from generator.site.wording import CLAIM_KINDS, UNATTRIBUTED


def claim(
    lookup: Lookup,
    positions: Positions,
    c: Claim,
    terms: tuple[Term, ...],
    site_url: str = "",
    others: list[Claim] | None = None,
) -> PageSpec:
    """A claim: the words, who said them, the source sentence, and other positions.

    ``others`` is ``positions.others(c)`` when the caller has it already.
    """
    page = claim_page(c.id)
    cites = Citations(page, lookup.sources)
    article = lookup.articles[c.article]
    sentence = lookup.analyses[c.article].sentences[c.sentence]
    others = positions.others(c) if others is None else others
    grouped: dict[str, list[dict[str, Any]]] = {}
    links: dict[str, Markup | None] = {}
    for other in others:
        who = lookup.entities[other.speaker].name if other.speaker else UNATTRIBUTED
        links.setdefault(who, entity_link(lookup, page, other.speaker) if other.speaker else None)
        grouped.setdefault(who, []).append(claim_item(lookup, page, cites, other))
    texts = [sentence.span.slice(article.text)] + [claim_text(lookup, o) for o in others]
    return PageSpec(
        page,
        "claim.md.j2",
        {
            "speaker_name": lookup.entities[c.speaker].name if c.speaker else UNATTRIBUTED,
            "text": claim_text(lookup, c),
            "item": claim_item(lookup, page, cites, c),
            "kind": CLAIM_KINDS[c.kind],
            "cue": {"words": c.cue.slice(article.text), "note": cites.cite(article.id, c.cue)} if c.cue else None,
            "named_as": (
                {"words": named.slice(article.text), "note": cites.cite(article.id, named)}
                if (named := _named_as(article.text, c.speaker_span))
                else None
            ),
            "sentence": {"words": sentence.span.slice(article.text), "note": cites.cite(article.id, sentence.span)},
            "sentence_url": relative(page, article_page(article.id), sentence.anchor),
            "about": joined([entity_link(lookup, page, e) for e in c.about if e != c.speaker], ", "),
            "others": [{"speaker": who, "link": links[who], "items": items} for who, items in grouped.items()],
            "questions": positions.questions_of(c),
            "jsonld": _claim_jsonld(lookup, c, site_url),
            "claims_url": relative(page, CLAIMS),
            "abbreviations": abbreviations(terms, texts),
        },
    )


#: A relative pronoun closing the speaker's words ("the council, which"): the analysis keeps
#: it (it is the subject of the cue), the page names the noun it stands for.
_RELATIVE_END = re.compile(r",?\s+(?:who|whom|which|that)$", re.IGNORECASE)


def _named_as(text: str, span: Span | None) -> Span | None:
    """The words the page quotes as naming the speaker: the speaker span, a relative pronoun off."""
    if span is None:
        return None
    cut = _RELATIVE_END.search(span.slice(text))
    return Span(span.start, span.start + cut.start()) if cut and cut.start() > 0 else span


def _claim_jsonld(lookup: Lookup, c: Claim, site_url: str) -> dict[str, Any]:
    """schema.org Claim data (serialised safely by the renderer), with absolute URLs."""
    speaker = lookup.entities[c.speaker] if c.speaker else None
    who = (speaker.id, speaker.kind, speaker.name) if speaker else None
    return web_annotation.claim_jsonld(site_url, lookup.articles[c.article], c, claim_text(lookup, c), who)

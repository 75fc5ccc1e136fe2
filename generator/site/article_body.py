"""The article page's text: sentences with anchors, mentions linked, quotes marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.model import Claim, Entity, Mention, Paragraph, Sentence, Span
from generator.site.markup import escape, link
from generator.site.wording import EPITHET_NOTE, SENTENCE_LINK, UNATTRIBUTED

_CLOSING_MARKS = "\"”’'»"


@dataclass(frozen=True)
class Body:
    """What every sentence of one article page needs to be written."""

    page: str  #: the article page's own path, for relative links
    text: str  #: the article text the spans index
    mentions: Sequence[Mention]  #: the article's mentions, in text order
    claims: Sequence[Claim]  #: the article's claims
    entities: dict[str, Entity]  #: every entity by id
    claim_pages: dict[str, str]  #: claim id -> page path
    entity_pages: dict[str, str]  #: entity id -> page path


def paragraph(body: Body, para: Paragraph, sentences: Sequence[Sentence]) -> Markup:
    """One paragraph as Markdown, ending with its anchor as an attribute list."""
    pieces = [_sentence(body, s) for s in sentences if s.paragraph == para.index]
    return Markup(" ").join(pieces) + Markup(f"\n{{: #{para.anchor} .article-paragraph }}")


def _sentence(body: Body, sent: Sentence) -> Markup:
    """A sentence wrapped in an anchored span, with its own permalink."""
    segments = _claim_segments(sent.span, body.claims)
    inside = [m for m in body.mentions if sent.span.contains(m.span)]
    woven = _weave(body, sent.span, segments, inside)
    permalink = Markup(
        f'[#](#{sent.anchor}){{: .sentence-link title="{SENTENCE_LINK}" aria-label="{SENTENCE_LINK}" data-pagefind-ignore="index" }}'
    )
    return (
        Markup(f'<span class="sentence" id="{sent.anchor}">')
        + woven
        + Markup(" ")
        + permalink
        + Markup("</span>")
    )


def _claim_segments(sent: Span, claims: Sequence[Claim]) -> list[tuple[Span, Claim, bool]]:
    """Parts of claims inside this sentence: (clipped span, claim, is the part's end here)."""
    out = []
    for claim in claims:
        for part in claim.parts or (claim.span,):
            if part.overlaps(sent):
                clipped = Span(max(part.start, sent.start), min(part.end, sent.end))
                out.append((clipped, claim, part.end <= sent.end))
    out.sort(key=lambda item: item[0].start)
    # Overlapping claims (rare: a reported clause holding a quote) keep the first one.
    kept: list[tuple[Span, Claim, bool]] = []
    for item in out:
        if not kept or kept[-1][0].end <= item[0].start:
            kept.append(item)
    return kept


def _weave(
    body: Body, sent: Span, segments: list[tuple[Span, Claim, bool]], inside: Sequence[Mention]
) -> Markup:
    """Interleave plain text, claim wrappers and mention links in order."""
    text = body.text
    out: list[Markup] = []
    cursor = sent.start
    for span, claim, ends_here in segments:
        out.append(_text_with_mentions(body, Span(cursor, span.start), inside))
        css = "claim claim-direct" if claim.kind == "direct" else "claim claim-indirect"
        out.append(Markup(f'<span class="{css}">'))
        out.append(_text_with_mentions(body, span, inside))
        out.append(Markup("</span>"))
        cursor = span.end
        if ends_here:
            # The tag goes after the closing quote mark, where a reader looks for the speaker.
            while cursor < sent.end and text[cursor] in _CLOSING_MARKS:
                cursor += 1
            out.append(escape(text[span.end : cursor]))
            who = body.entities[claim.speaker].name if claim.speaker else UNATTRIBUTED.lower()
            # The tag is the site's label, not the article's words: left out of the search index,
            # where it added the speaker's name once more per quote (larger chunks, and an article
            # quoting someone outranked one about them).
            tag = link(who, body.page, body.claim_pages[claim.id], css="claim-tag", ignore_search=True)
            out.append(Markup(" ") + tag)
    out.append(_text_with_mentions(body, Span(cursor, sent.end), inside))
    return Markup("").join(out)


def _text_with_mentions(body: Body, span: Span, mentions: Sequence[Mention]) -> Markup:
    """Escaped text with every mention wholly inside ``span`` linked to its entity."""
    text = body.text
    out: list[Markup] = []
    cursor = span.start
    for m in mentions:
        if m.span.start < cursor or not span.contains(m.span):
            continue
        out.append(escape(text[cursor : m.span.start]))
        css = "mention epithet" if m.role == "epithet" else "mention"
        out.append(link(m.span.slice(text), body.page, body.entity_pages[m.entity], css=css))
        if m.role == "epithet":
            out.append(Markup(f'<span class="epithet-note" data-pagefind-ignore="index">{EPITHET_NOTE}</span>'))
        cursor = m.span.end
    out.append(escape(text[cursor : span.end]))
    return Markup("").join(out)

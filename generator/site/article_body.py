"""The article page's text: sentences with anchors, mentions linked, quotes marked."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from generator.model import Claim, Entity, Mention, Paragraph, Sentence, Span
from generator.site.markup import escape, link
from generator.site.wording import EPITHET_NOTE, SENTENCE_LINK, UNATTRIBUTED

_CLOSING_MARKS = "\"”’'»"


def paragraph(
    page: str,
    text: str,
    para: Paragraph,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    entities: dict[str, Entity],
    claim_pages: dict[str, str],
    entity_pages: dict[str, str],
) -> Markup:
    """One paragraph as Markdown, ending with its anchor as an attribute list."""
    pieces = [
        _sentence(page, text, s, mentions, claims, entities, claim_pages, entity_pages)
        for s in sentences
        if s.paragraph == para.index
    ]
    return Markup(" ").join(pieces) + Markup(f"\n{{: #{para.anchor} .article-paragraph }}")


def _sentence(
    page: str,
    text: str,
    sent: Sentence,
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    entities: dict[str, Entity],
    claim_pages: dict[str, str],
    entity_pages: dict[str, str],
) -> Markup:
    """A sentence wrapped in an anchored span, with its own permalink."""
    segments = _claim_segments(text, sent.span, claims)
    inside = [m for m in mentions if sent.span.contains(m.span)]
    body = _weave(page, text, sent.span, segments, inside, entities, claim_pages, entity_pages)
    permalink = Markup(
        f'[#](#{sent.anchor}){{: .sentence-link title="{SENTENCE_LINK}" aria-label="{SENTENCE_LINK}" data-pagefind-ignore="index" }}'
    )
    return (
        Markup(f'<span class="sentence" id="{sent.anchor}">')
        + body
        + Markup(" ")
        + permalink
        + Markup("</span>")
    )


def _claim_segments(text: str, sent: Span, claims: Sequence[Claim]) -> list[tuple[Span, Claim, bool]]:
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
    page: str,
    text: str,
    sent: Span,
    segments: list[tuple[Span, Claim, bool]],
    mentions: Sequence[Mention],
    entities: dict[str, Entity],
    claim_pages: dict[str, str],
    entity_pages: dict[str, str],
) -> Markup:
    """Interleave plain text, claim wrappers and mention links in order."""
    out: list[Markup] = []
    cursor = sent.start
    for span, claim, ends_here in segments:
        out.append(
            _text_with_mentions(page, text, Span(cursor, span.start), mentions, entities, entity_pages)
        )
        css = "claim claim-direct" if claim.kind == "direct" else "claim claim-indirect"
        out.append(Markup(f'<span class="{css}">'))
        out.append(_text_with_mentions(page, text, span, mentions, entities, entity_pages))
        out.append(Markup("</span>"))
        cursor = span.end
        if ends_here:
            # The tag goes after the closing quote mark, where a reader looks for the speaker.
            while cursor < sent.end and text[cursor] in _CLOSING_MARKS:
                cursor += 1
            out.append(escape(text[span.end : cursor]))
            who = entities[claim.speaker].name if claim.speaker else UNATTRIBUTED.lower()
            out.append(Markup(" ") + link(who, page, claim_pages[claim.id], css="claim-tag"))
    out.append(_text_with_mentions(page, text, Span(cursor, sent.end), mentions, entities, entity_pages))
    return Markup("").join(out)


def _text_with_mentions(
    page: str,
    text: str,
    span: Span,
    mentions: Sequence[Mention],
    entities: dict[str, Entity],
    entity_pages: dict[str, str],
) -> Markup:
    """Escaped text with every mention wholly inside ``span`` linked to its entity."""
    out: list[Markup] = []
    cursor = span.start
    for m in mentions:
        if m.span.start < cursor or not span.contains(m.span):
            continue
        out.append(escape(text[cursor : m.span.start]))
        css = "mention epithet" if m.role == "epithet" else "mention"
        out.append(link(m.span.slice(text), page, entity_pages[m.entity], css=css))
        if m.role == "epithet":
            out.append(Markup(f'<span class="epithet-note">{EPITHET_NOTE}</span>'))
        cursor = m.span.end
    out.append(escape(text[cursor : span.end]))
    return Markup("").join(out)

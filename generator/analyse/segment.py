"""Paragraphs and sentences, with anchors that survive edits elsewhere in the article."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from generator.model import Paragraph, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LINE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Every non-blank line is a paragraph; one newline or blank lines both separate them."""
    spans = []
    for match in _LINE.finditer(text):
        span = trimmed(text, Span(match.start(), match.end()))
        if span.end > span.start:
            spans.append(span)
    anchors = stable_anchors("p", (s.slice(text) for s in spans))
    return tuple(Paragraph(i, s, a) for i, (s, a) in enumerate(zip(spans, anchors, strict=True)))


def sentences(text: str, doc: Doc, paras: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Sentences from spaCy, cut at paragraph ends and trimmed of white space."""
    spans: list[tuple[int, Span]] = []
    para_index = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while para_index < len(paras) and paras[para_index].span.end <= start:
            para_index += 1
        # A sentence may still straddle a boundary if the model ignored one: cut it.
        cursor = start
        p = para_index
        while p < len(paras) and paras[p].span.start < end:
            piece = trimmed(text, Span(max(cursor, paras[p].span.start), min(end, paras[p].span.end)))
            if piece.end > piece.start:
                spans.append((p, piece))
            p += 1
    anchors = stable_anchors("s", (s.slice(text) for _, s in spans))
    return tuple(Sentence(i, p, s, a) for i, ((p, s), a) in enumerate(zip(spans, anchors, strict=True)))


def stable_anchors(prefix: str, texts: Iterable[str]) -> list[str]:
    """Anchors from a hash of each text, so inserting text elsewhere changes none of them.

    A repeated text gets ``-2``, ``-3``... in order of appearance.
    """
    seen: dict[str, int] = {}
    anchors = []
    for text in texts:
        normal = " ".join(text.split())
        base = f"{prefix}-{hashlib.sha1(normal.encode('utf-8')).hexdigest()[:8]}"
        seen[base] = seen.get(base, 0) + 1
        anchors.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return anchors


def sentence_at(sents: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence containing ``offset`` (or the last one starting before it)."""
    lo, hi = 0, len(sents)
    while lo < hi:
        mid = (lo + hi) // 2
        if sents[mid].span.start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


def trimmed(text: str, span: Span) -> Span:
    """Shrink a span so it neither starts nor ends with white space."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)

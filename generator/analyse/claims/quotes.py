"""Direct quotes: pairing quotation marks, paragraph by paragraph.

Marks are paired inside one paragraph at a time, so a stray mark costs at most its
own paragraph. Whether a mark opens or closes is read from its neighbours first
(space before and a word after: it opens) and from its glyph only when the
neighbours do not tell, because publishers mix glyphs (“...") and type ``''`` or a
straight ``"`` for both ends. A quote left open at the end of a paragraph continues
into the next one when that paragraph starts with an opening mark (the news
convention for a quote over several paragraphs). Marks inside a markup tag left in the text
(an embedded post's ``<tweet author="@someone">``) delimit attribute values, not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.analyse.segment import trimmed
from generator.model import Paragraph, Span

#: Every mark that may open or close a quotation; two-character marks first.
_MARK = re.compile(r"''|``|[\"“”„‟«»‘’'‚‛]")
_DOUBLE_OPEN = frozenset({"“", "„", "‟", "``", "«"})
_DOUBLE_CLOSE = frozenset({"”", "»"})
_SINGLE_OPEN = frozenset({"‘", "‚", "‛"})
#: Characters after which a mark reads as opening (besides space and paragraph start).
_BEFORE_OPEN = frozenset("([{—–-/:;,") | frozenset("\"“‘'`")
#: Characters before which a mark reads as closing (besides space and paragraph end).
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…") | frozenset("\"”’'")
#: A single mark between letters or before a decade ("Russia's", "don't", "'90s").
_APOSTROPHE_AFTER = re.compile(r"\d0s\b|(?:em|tis|twas|n)\b", re.IGNORECASE)
#: Characters right before an opening mark that introduce a quote ('he said, "', 'the report: "').
_INTRODUCING = frozenset(":,")
#: A markup tag with attributes in straight double marks: ``<tweet id="1" author="@a">``, ``</tweet>``.
_TAG = re.compile(r'</?[A-Za-z][\w:-]*(?:\s+[\w:.-]+\s*=\s*"[^"\n]*")*\s*/?>')


@dataclass(frozen=True)
class QuotePart:
    """Words between one pair of marks, or from an opening mark to the paragraph end."""

    span: Span  #: the words inside the marks, trimmed
    paragraph: int  #: index of the paragraph holding it
    opening: int  #: offset of the opening mark, or -1 when the paragraph continues a quote
    closed: bool  #: False when the paragraph ends inside the quote
    continues: bool = False  #: True when it continues the previous paragraph's quote
    single: bool = False  #: True for a quote in single marks


@dataclass(frozen=True)
class _Mark:
    """One quotation mark and how its neighbours read it."""

    start: int
    end: int
    glyph: str
    double: bool
    opens: bool  #: its neighbours allow it to open a quote
    closes: bool  #: its neighbours allow it to close a quote


def find_quotes(text: str, paras: Sequence[Paragraph]) -> list[QuotePart]:
    """Every top-level quote part of the article, in text order."""
    parts: list[QuotePart] = []
    carried = False  # the previous paragraph ended inside a quote
    for index, para in enumerate(paras):
        found = _paragraph_quotes(text, para, index)
        if carried and found and found[0].opening == para.span.start:
            found[0] = _as_continuation(found[0])
        parts.extend(found)
        carried = bool(found) and not found[-1].closed
    return _drop_dangling(text, paras, parts)


def _as_continuation(part: QuotePart) -> QuotePart:
    """The same part, flagged as continuing the previous paragraph's quote."""
    return QuotePart(part.span, part.paragraph, part.opening, part.closed, True, part.single)


def _drop_dangling(text: str, paras: Sequence[Paragraph], parts: list[QuotePart]) -> list[QuotePart]:
    """Drop unclosed quotes that neither start their paragraph, go on in the next nor follow a colon/comma.

    A mark opened mid-paragraph and never closed is more often a typo or a stray
    apostrophe than a quote running to the end; a paragraph that starts with an
    opening mark is a quote paragraph whose closing mark was left off.
    """
    kept: list[QuotePart] = []
    for i, part in enumerate(parts):
        if part.closed:
            kept.append(part)
            continue
        follows = i + 1 < len(parts) and parts[i + 1].continues
        starts_para = part.opening == paras[part.paragraph].span.start
        if follows or starts_para or part.continues or _introduced(text, part):
            kept.append(part)
    return kept


def _introduced(text: str, part: QuotePart) -> bool:
    """True for a quote opened right after a colon or a comma ('the report: "...', 'said, "...').

    A mark there opens what someone said, whatever became of its closing mark (left off,
    or garbled into a single one); a typo or a stray apostrophe does not stand there.
    """
    return text[: part.opening].rstrip()[-1:] in _INTRODUCING


def _paragraph_quotes(text: str, para: Paragraph, index: int) -> list[QuotePart]:
    """Top-level quote parts of one paragraph, nested quotes left inside their parents."""
    marks = _marks(text, para.span)
    pairs, unclosed = _pair(marks)
    parts = [
        QuotePart(_trim_inner(text, Span(a.end, b.start)), index, a.start, True, single=not a.double)
        for a, b in pairs
    ]
    if unclosed is not None:
        inner = _trim_inner(text, Span(unclosed.end, para.span.end))
        parts.append(QuotePart(inner, index, unclosed.start, False))
    parts = [p for p in parts if p.span.end > p.span.start]
    parts.sort(key=lambda p: p.span.start)
    return _outermost(parts)


def _outermost(parts: list[QuotePart]) -> list[QuotePart]:
    """Drop parts that lie inside another part (a quote within a quote)."""
    kept: list[QuotePart] = []
    for part in parts:
        if kept and kept[-1].span.start <= part.span.start and part.span.end <= kept[-1].span.end:
            continue
        kept.append(part)
    return kept


def _marks(text: str, span: Span) -> list[_Mark]:
    """The paragraph's quotation marks with how their neighbours read them; apostrophes left out."""
    marks: list[_Mark] = []
    tags = [Span(m.start(), m.end()) for m in _TAG.finditer(text, span.start, span.end)]
    for match in _MARK.finditer(text, span.start, span.end):
        if any(tag.start < match.start() < tag.end for tag in tags):
            continue  # an attribute value's mark
        glyph = match.group()
        before = text[match.start() - 1] if match.start() > span.start else " "
        after = text[match.end()] if match.end() < span.end else " "
        double = glyph in _DOUBLE_OPEN or glyph in _DOUBLE_CLOSE or glyph in ('"', "''")
        if not double and _is_apostrophe(text, match.end(), before, after):
            continue
        opens = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
        closes = (after.isspace() or after in _AFTER_CLOSE) and not before.isspace()
        marks.append(_Mark(match.start(), match.end(), glyph, double, opens, closes))
    return marks


def _is_apostrophe(text: str, end: int, before: str, after: str) -> bool:
    """True for a single mark inside a word ("Russia's") or eliding letters ("'90s")."""
    if before.isalnum() and after.isalnum():
        return True
    return bool(before.isspace() and _APOSTROPHE_AFTER.match(text, end))


def _direction(mark: _Mark, inside: bool) -> str:
    """'open' or 'close': by the neighbours when they agree, else by glyph, else by state."""
    if mark.opens and not mark.closes:
        return "open"
    if mark.closes and not mark.opens:
        return "close"
    if mark.glyph in _DOUBLE_OPEN or mark.glyph in _SINGLE_OPEN:
        return "open"
    if mark.glyph in _DOUBLE_CLOSE or mark.glyph == "’":
        return "close"
    return "close" if inside else "open"


def _pair(marks: list[_Mark]) -> tuple[list[tuple[_Mark, _Mark]], _Mark | None]:
    """Pair marks with a stack; returns the pairs and a double mark left open, if any.

    Single marks pair only with single marks opened after the innermost open double
    mark, so an apostrophe can never end a double-quoted quote. A second opening
    double mark while one is open restarts the quote: the first one lost its close,
    unless a closing mark comes with nothing open, when the first one opened a quote
    that holds the second in the same marks ('"Polls call it "close" today," he said').
    """
    stack: list[_Mark] = []
    pairs: list[tuple[_Mark, _Mark]] = []
    displaced: list[_Mark] = []  # double marks a second opening mark restarted
    for mark in marks:
        double_open = next((m for m in reversed(stack) if m.double), None)
        if mark.double:
            way = _direction(mark, double_open is not None)
            if way == "close" and double_open is not None:
                while stack[-1] is not double_open:
                    stack.pop()
                pairs.append((stack.pop(), mark))
            elif way == "close" and displaced and mark.closes:
                pairs.append((displaced.pop(), mark))
            elif way == "open":
                if double_open is not None:
                    while stack and stack[-1] is not double_open:
                        stack.pop()
                    displaced.append(stack.pop())
                stack.append(mark)
            continue
        single_open = stack[-1] if stack and not stack[-1].double else None
        way = _direction(mark, single_open is not None)
        if way == "close" and single_open is not None and mark.closes:
            pairs.append((stack.pop(), mark))
        elif way == "open" and mark.opens:
            stack.append(mark)
    unclosed = next((m for m in stack if m.double), None)
    return pairs, unclosed


def _trim_inner(text: str, span: Span) -> Span:
    """Shrink a span to the words inside the marks: no white space at either end."""
    inner = trimmed(text, span)
    start, end = inner.start, inner.end
    # A comma before the closing mark belongs to the attribution ("...," he said).
    if end > start and text[end - 1] == ",":
        end -= 1
    return Span(start, end)

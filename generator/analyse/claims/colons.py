"""A source that a clause ending in a colon names right before a quote, when it is no entity.

'Hoff's letter makes a case: "..."', 'From the report: "..."', '- Pew Research: "..."': the
quote is what the document (or the named source) says, though neither is a person or body
the article's mentions know. The sieves (:mod:`~.sieves`) ask this after every cue and
every subject that names an entity, so a speech verb or a person before the colon wins.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.analyse.claims.index import SUBJECT_DEPS, Index
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.subjects import can_speak
from generator.analyse.claims.words import SPEECH_NOUNS
from generator.analyse.lexicon import lists

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Things made to carry someone's words ("a letter", "the report"), and nouns of speech.
_SOURCE_NOUNS = lists.exact("claim_document_nouns.txt") | SPEECH_NOUNS
#: What sets a label off from the line before it: a dash between spaces, or two hyphens.
_LABEL_DASH = re.compile(r"\s(?:--|[-–—―])\s")
#: Most tokens in a label naming a source ("Frank Newport and Jim Harter").
_LABEL_TOKENS = 8
#: What may follow a labelled quote on its line: marks, and a bracketed credit ("[538.]").
_LABEL_TAIL = re.compile(r"[\"”’'.,!?\s]*(?:[\[(][^\])\n]*[\])][.\s]*)?")


def colon_source(part: QuotePart, index: Index) -> Token | None:
    """The document or name that a clause ending in a colon right before the quote gives, if any."""
    colon = _colon_before(part, index)
    if colon is None:
        return None
    before = colon.doc[colon.i - 1]
    if index.in_quote(before) or not can_speak(before, index, True):
        return None
    if before.pos_ == "PROPN" and before.ent_type_ in {"PERSON", "ORG", ""}:
        return before  # '- Pew Research: "..."': a name set before the quote
    if _is_document(before) and (before.dep_ in SUBJECT_DEPS or before.head.lower_ == "from"):
        return before  # 'From the report: "..."'
    subject = next((t for t in colon.sent.root.children if t.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.i < colon.i and _is_document(subject) and not index.in_quote(subject):
        return subject  # 'Hoff's letter makes a case: "..."'
    return None


def label(part: QuotePart, index: Index) -> Token | None:
    """The name a quote is labelled with: 'Polls erred - Ann Lee: "..."', a line 'Ann Lee: "..."'.

    A bare name, with no verb, between a dash (or the start of its line) and the colon
    right before a quote that ends the line says who speaks, as a transcript's or a
    digest's label does; the clause before the dash ("Pollsters agree") is a headline,
    not the quote's cue.
    """
    colon = _colon_before(part, index)
    line_end = index.text.find("\n", part.span.end)
    line_end = len(index.text) if line_end < 0 else line_end
    # The label heads the whole rest of its line ('Ann Lee: ‘Of course’ she can' is a headline).
    if colon is None or not _LABEL_TAIL.fullmatch(index.text, part.span.end, line_end):
        return None
    line = index.text.rfind("\n", 0, colon.idx) + 1
    dashes = list(_LABEL_DASH.finditer(index.text, line, colon.idx))
    start = dashes[-1].end() if dashes else line
    doc = colon.doc
    words = [t for t in doc[index.token_at(start) : colon.i] if not t.is_space]
    if not words or len(words) > _LABEL_TOKENS or words[0].idx < start:
        return None
    if any(t.pos_ in {"VERB", "AUX", "PRON"} or index.in_quote(t) for t in words):
        return None
    name = words[-1]
    return name if name.pos_ == "PROPN" and can_speak(name, index, True) else None


def _colon_before(part: QuotePart, index: Index) -> Token | None:
    """The colon right before the quote's opening mark, on the same line."""
    doc = index.doc
    i = index.token_at(part.opening) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != ":" or "\n" in index.text[doc[i].idx : part.opening]:
        return None
    return doc[i]


def _is_document(tok: Token) -> bool:
    """True for a common noun naming a document or a statement ("letter", "report")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _SOURCE_NOUNS

"""A source that a clause ending in a colon names right before a quote, when it is no entity.

'Hoff's letter makes a case: "..."', 'From the report: "..."', '- Pew Research: "..."': the
quote is what the document (or the named source) says, though neither is a person or body
the article's mentions know. The sieves (:mod:`~.sieves`) ask this after every cue and
every subject that names an entity, so a speech verb or a person before the colon wins.
"""

from __future__ import annotations

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

"""Cues before a quote's own sentence: the sentence or the paragraph before it.

A quote paragraph often has no cue of its own: the paragraph before introduces it, with a
colon ('He said:') or with reported speech ('Carter said that ...'), or the sentence before
in its paragraph reports the same speaker ('..., Schiff said. "The other factor ..."').
The sieves (:mod:`~.sieves`) ask these after the quote's own sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.analyse.claims.cues import governing
from generator.analyse.claims.index import SUBJECT_DEPS, Index
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.words import REPORTING_VERBS, is_cue, is_speech_verb, negated
from generator.model import Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _colon_paragraph_before(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Span | None:
    """The last sentence of the paragraph before a quote paragraph, when it ends in a colon."""
    para = paras[part.paragraph]
    if part.opening != para.span.start or part.paragraph == 0:
        return None
    previous = paras[part.paragraph - 1].span
    if index.text[previous.end - 1] != ":":
        return None
    return index.doc[index.token_at(previous.end - 1)].sent


def colon_paragraph(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The cue of a paragraph ending in a colon that introduces this quote paragraph."""
    sentence = _colon_paragraph_before(part, paras, index)
    if sentence is None:
        return None
    cues = [t for t in sentence if is_cue(t) and not index.in_quote(t)]
    return cues[-1] if cues else None


def inverted_colon_lead(
    part: QuotePart, paras: Sequence[Paragraph], index: Index
) -> tuple[Token, Token] | None:
    """'Stated Stone:' before a quote paragraph: the cue word that opens it, and the name after it.

    News inverts the attribution line ("Added the mayor:"); the tagger reads the capitalised
    verb as part of the name, or the name as its object, so no subject is found. A regular past form
    ("Stated", "Added") of a reporting verb opening the line, with a noun ending it, is the cue.
    """
    sentence = _colon_paragraph_before(part, paras, index)
    if sentence is None:
        return None
    words = [t for t in sentence if not t.is_space and not t.is_punct]
    if len(words) < 2 or not _regular_past_cue(words[0].text):
        return None
    name = words[-1]
    return (words[0], name) if name.pos_ in {"PROPN", "NOUN"} and not index.in_quote(name) else None


def _regular_past_cue(word: str) -> bool:
    """True for a capitalised regular past form of a reporting verb ("Stated", "Added")."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("ed"):
        return False
    return lower[:-1] in REPORTING_VERBS or lower[:-2] in REPORTING_VERBS


def previous_sentence(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The last speech verb of the sentence before the quote, in the same paragraph.

    '..., Schiff said. "The other factor ..."': a quote that follows reported speech
    continues it.
    """
    doc = index.doc
    first = doc[index.token_at(part.span.start)].sent
    if first.start == 0 or doc[first.start - 1].idx < paras[part.paragraph].span.start:
        return None
    previous = doc[first.start - 1].sent
    verbs = [t for t in previous if is_speech_verb(t) and not index.in_quote(t) and not negated(t)]
    # A sentence quoting someone goes on with that quote's cue, not with a verb after it
    # ('"...," Trump said at the party, after news outlets declared him the winner.').
    quoted = [q for q in index.quotes if previous[0].idx <= q.start < previous[-1].idx]
    cue = governing(doc, index.token_range(quoted[-1]), index) if quoted else None
    if cue is not None and cue in verbs:
        return cue
    return verbs[-1] if verbs else None


def previous_paragraph(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The last speech verb of the paragraph before a quote paragraph, when it quotes nobody.

    'Carter said that ... would not happen.' then a paragraph opening with a quote and
    no cue of its own: the quote goes on with the reported speech before it. A paragraph
    that quotes someone hands its quote's speaker on instead (:mod:`~.direct`).
    """
    para = paras[part.paragraph]
    if part.opening != para.span.start or part.paragraph == 0:
        return None
    previous = paras[part.paragraph - 1].span
    if any(previous.start <= q.start < previous.end for q in index.quotes):
        return None
    doc = index.doc
    tokens = index.token_range(part.span)
    own = doc[doc[tokens[0]].sent.start : doc[tokens[-1]].sent.end]
    if any(t.dep_ in SUBJECT_DEPS and not index.in_quote(t) for t in own):
        return None  # '"...," Hannity started.': the quote's own sentence names its speaker
    last = doc[index.token_at(max(previous.start, previous.end - 1))].sent
    verbs = [t for t in last if is_speech_verb(t) and not index.in_quote(t) and not negated(t)]
    verbs = [t for t in verbs if t.idx >= previous.start]
    # The reporting verb nearest the root: "Carter said that critics had been predicting".
    return min(verbs, key=lambda t: (_depth(t), -t.i)) if verbs else None


def _depth(tok: Token) -> int:
    """How many heads lie between a token and its sentence's root."""
    depth = 0
    while tok.head.i != tok.i:
        tok, depth = tok.head, depth + 1
    return depth


def paragraph_lead(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The main verb of the paragraph ending in a colon before a quote paragraph ('X echoed:').

    Like :func:`colon_paragraph`, for a paragraph whose last sentence has no cue.
    """
    sentence = _colon_paragraph_before(part, paras, index)
    if sentence is None:
        return None
    root = sentence.root
    return root if root.pos_ in {"VERB", "AUX"} and not index.in_quote(root) else None

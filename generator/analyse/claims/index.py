"""Lookups over one parsed article (tokens by offset, quotes, mentions) and the speaker record."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.model import MentionFound, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependency labels of a verb's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Mentions are taken to be no longer than this many characters (names and epithets are far
#: shorter): one overlapping a span starts at most this far before it, so the search starts there.
LONGEST_MENTION = 200


@dataclass(frozen=True)
class Speaker:
    """Who a claim is attributed to, as far as the article says."""

    cue: Span | None
    words: Span | None  #: the words naming the speaker at the cue
    cluster: int | None  #: in-article entity cluster, when a mention fits
    label: str | None  #: a group's own words ("Some military experts") when no cluster fits


#: No speaker at all: the article names nobody for the claim.
NOBODY = Speaker(None, None, None, None)


def has_speaker(speaker: Speaker) -> bool:
    """True when a speaker names someone."""
    return speaker.words is not None


class Index:
    """Lookups over one parsed article: tokens by offset, quotes, mentions."""

    def __init__(self, text: str, doc: Doc, quotes: Sequence[Span], mentions: Sequence[MentionFound]) -> None:
        """Sort everything once so that later lookups are binary searches."""
        self.text = text
        self.doc = doc
        self.starts = [t.idx for t in doc]
        self.quotes = sorted(quotes)
        self.quote_starts = [q.start for q in self.quotes]
        self.mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
        self.mention_starts = [m.span.start for m in self.mentions]
        #: Clusters the article marks as male or female, filled once by ``pronouns.stated_genders``.
        self.cluster_genders: dict[int, str] | None = None

    def token_range(self, span: Span) -> range:
        """Indices of tokens starting inside ``span``."""
        return range(bisect_left(self.starts, span.start), bisect_left(self.starts, span.end))

    def token_at(self, offset: int) -> int:
        """Index of the token holding ``offset`` (or the last one starting before it)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def quote_of(self, offset: int) -> Span | None:
        """The quote whose inner words hold ``offset``, if any."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def in_quote(self, token: Token) -> bool:
        """True when the token lies inside a quote's words."""
        return self.quote_of(token.idx) is not None

    def mentions_in(self, span: Span) -> list[MentionFound]:
        """Mentions overlapping ``span``, in text order."""
        lo = bisect_left(self.mention_starts, span.start - LONGEST_MENTION)
        return [
            m for m in self.mentions[lo : bisect_left(self.mention_starts, span.end)] if m.span.overlaps(span)
        ]

    def mentions_before(self, offset: int) -> list[MentionFound]:
        """Mentions ending at or before ``offset``, latest first."""
        hi = bisect_left(self.mention_starts, offset)
        return [m for m in reversed(self.mentions[:hi]) if m.span.end <= offset]


def token_span(tokens: Sequence[Token]) -> Span:
    """Character span from the first token's start to the last token's end."""
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def name_head(tok: Token) -> Token:
    """The last word of the name a token belongs to ("Chuck" -> "Jordan")."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    return tok

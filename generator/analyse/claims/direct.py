"""Direct quotes while their speakers are worked out: chains over paragraphs, borrowed speakers.

A quote left open at a paragraph's end continues in the next (one chain); each part is
attributed by the sieves (:mod:`~.sieves`); a part without a cue of its own then takes the
speaker of the quote it continues, of another quote in its paragraph, or of the previous
paragraph's quote (a quote-only paragraph). Only a part left without one after all that
takes the subject nearest it (:func:`~.sieves.last_resort`): borrowing is the surer guess.
A later quote in that paragraph then goes on with the guess rather than make its own, and a
quote-only paragraph still without one goes on with the last speaker a paragraph or two before.
Last, a small learned ranker (:mod:`~.ranker`) may replace a speaker by another candidate
it clearly prefers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.analyse.claims.index import NOBODY, Index, Speaker, has_speaker
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.ranker import rerank
from generator.analyse.claims.sieves import Quoted, attribute, last_resort
from generator.analyse.segment import sentence_at
from generator.model import ClaimFound, Paragraph, Sentence

#: What lies between two coordinated quoted fragments: marks, commas and "and"/"or".
_JOINED = re.compile(r"[\"”’'\s]*(?:,|,?\s*\b(?:and|or)\b)[\s\"“‘']*")

#: How many paragraphs back a quote-only paragraph looks for the speaker it goes on with.
_CARRY_PARAGRAPHS = 2


@dataclass
class Quote:
    """A quote part while its speaker is being worked out."""

    part: QuotePart
    speaker: Speaker = NOBODY
    governed: bool = False  #: a reporting verb or noun governs it in the parse
    own: bool = False  #: the speaker comes from a cue in the quote's own sentences
    chain: int = -1  #: index (in the quote list) of the first part of its quote
    sieve: str = ""  #: the sieve that attributed it (see sieves.SIEVES)
    quoted: Quoted | None = None  #: what the sieves worked out about it


def chained(parts: Sequence[QuotePart]) -> list[Quote]:
    """The quote parts, each knowing the first part of the quote it belongs to."""
    quotes = [Quote(p) for p in parts]
    _link_chains(quotes)
    return quotes


def attribute_all(quotes: list[Quote], paras: Sequence[Paragraph], index: Index) -> None:
    """Give each part the speaker its sieves find, then fill in the parts still without one."""
    for quote in quotes:
        found = attribute(quote.part, paras, index)
        quote.speaker, quote.governed, quote.sieve = found.speaker, found.governed, found.sieve
        quote.quoted = found.quoted
        quote.own = _cue_is_local(quote, index)
    _share_coordinated(quotes, index.text)
    _propagate(quotes, paras, index.text)
    _fall_back(quotes, paras, index)
    _carry_over(quotes, paras, index.text)
    rerank(quotes, paras, index)


def _fall_back(quotes: list[Quote], paras: Sequence[Paragraph], index: Index) -> None:
    """Parts still without a speaker: the guess for the part before in the paragraph, else the last resort."""
    previous: dict[int, Quote] = {}
    for quote in quotes:
        before = previous.get(quote.part.paragraph)
        previous[quote.part.paragraph] = quote
        if has_speaker(quote.speaker):
            continue
        # '"...?" Trump went on, as if he didn't hear her. "But ..."': the second quote goes
        # on with the first, whose guess came from nearer; its own nearest subject is "he".
        if before is not None and has_speaker(before.speaker):
            quote.speaker = before.speaker
        else:
            quote.speaker = last_resort(quote.part, paras, index)


def _carry_over(quotes: list[Quote], paras: Sequence[Paragraph], text: str) -> None:
    """A quote-only paragraph still without a speaker goes on with the last quote's speaker shortly before.

    News sets a speaker's further words as paragraphs of quote alone, with a line of
    narration between them ('X is upbeat about it.' then '"Not only can he win ..."'); a
    quote-only paragraph names nobody else, so its words are the last speaker's.
    """
    last: Quote | None = None
    for quote in quotes:
        para = quote.part.paragraph
        if (
            not has_speaker(quote.speaker)
            and last is not None
            and para - last.part.paragraph <= _CARRY_PARAGRAPHS
            and _quote_only(paras[para], [q for q in quotes if q.part.paragraph == para], text)
        ):
            quote.speaker = last.speaker
        if has_speaker(quote.speaker):
            last = quote


def _share_coordinated(quotes: list[Quote], text: str) -> None:
    """'went on about "how ..." and "wounded families"': fragments joined by "and" share a speaker.

    The parser often hangs one of two coordinated fragments on another verb of the
    sentence, or on none; words that only join them (",", "and", "or") say both have the
    one speaker: the first one's, or, when it has none, the second's.
    """
    for before, quote in itertools.pairwise(quotes):
        if not (before.part.closed and quote.part.paragraph == before.part.paragraph):
            continue
        gap = text[before.part.span.end : max(quote.part.span.start, before.part.span.end)]
        if gap.startswith(".") or not _JOINED.fullmatch(gap.lstrip(",")):
            continue
        if has_speaker(before.speaker):
            quote.speaker, quote.own = before.speaker, before.own
            quote.governed = quote.governed or before.governed
        elif quote.governed:
            before.speaker, before.governed, before.own = quote.speaker, True, quote.own


def _link_chains(quotes: list[Quote]) -> None:
    """Give every part of a quote over several paragraphs the index of its first part."""
    for i, quote in enumerate(quotes):
        previous = quotes[i - 1] if i else None
        if quote.part.continues and previous is not None and not previous.part.closed:
            quote.chain = previous.chain
        else:
            quote.chain = i


def _cue_is_local(quote: Quote, index: Index) -> bool:
    """True when the quote's speaker was found in its own sentences, not borrowed from before."""
    if not has_speaker(quote.speaker):
        return False
    cue = quote.speaker.cue
    sentence = index.doc[index.token_at(quote.part.span.start)].sent
    return cue is None or cue.start >= sentence[0].idx


def _propagate(quotes: list[Quote], paras: Sequence[Paragraph], text: str) -> None:
    """Fill in speakers: along chains, within a paragraph, then from the previous paragraph."""
    _share_along_chains(quotes)
    by_para: dict[int, list[Quote]] = {}
    for quote in quotes:
        by_para.setdefault(quote.part.paragraph, []).append(quote)
    for para_quotes in by_para.values():
        _share_in_paragraph(para_quotes)
    for para, para_quotes in sorted(by_para.items()):
        previous = by_para.get(para - 1)
        if not previous or not has_speaker(previous[-1].speaker):
            continue
        if _quote_only(paras[para], para_quotes, text):
            for quote in para_quotes:
                if not has_speaker(quote.speaker):
                    quote.speaker = previous[-1].speaker
    _share_along_chains(quotes)


def _share_along_chains(quotes: list[Quote]) -> None:
    """Parts of a quote over several paragraphs without a cue of their own take its first speaker."""
    found: dict[int, Speaker] = {}
    for quote in quotes:
        if has_speaker(quote.speaker) and quote.chain not in found:
            found[quote.chain] = quote.speaker
    for quote in quotes:
        # A part with a cue of its own keeps it: '"...," added Clyburn' names a new speaker
        # even where a mark left open made the parts one chain.
        if quote.chain in found and not quote.own:
            quote.speaker = found[quote.chain]


def _share_in_paragraph(para_quotes: list[Quote]) -> None:
    """A quote without a cue takes the speaker of the nearest quote before it, else after it."""
    for i, quote in enumerate(para_quotes):
        if has_speaker(quote.speaker):
            continue
        before = [q for q in para_quotes[:i] if has_speaker(q.speaker)]
        after = [q for q in para_quotes[i + 1 :] if has_speaker(q.speaker)]
        source = before[-1] if before else (after[0] if after else None)
        if source is not None:
            quote.speaker = source.speaker


def _quote_only(para: Paragraph, para_quotes: list[Quote], text: str) -> bool:
    """True when the paragraph holds nothing but quoted words (and marks)."""
    rest = text[para.span.start : para.span.end]
    for quote in reversed(para_quotes):
        lo, hi = quote.part.span.start - para.span.start, quote.part.span.end - para.span.start
        rest = rest[:lo] + rest[hi:]
    return not any(ch.isalnum() for ch in rest)


def direct_claim(quote: Quote, sents: Sequence[Sentence]) -> ClaimFound:
    """The claim for one quote part; ``part_of`` is filled in once claims are ordered."""
    span = quote.part.span
    speaker = quote.speaker
    return ClaimFound(
        span=span,
        kind="direct",
        sentence=sentence_at(sents, span.start),
        cue=speaker.cue,
        speaker=speaker.words,
        speaker_cluster=speaker.cluster,
        speaker_label=speaker.label,
    )

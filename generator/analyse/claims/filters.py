"""Which quoted words are claims: not transcripts, titles, crossheads or scare quotes.

A short quoted fragment (a few words, not a sentence) is a claim only when a reporting verb
or noun governs it: "the US had created a "precedent"" is Putin's word, but "MSNBC's
"Morning Joe"" is a title and "so-called "hybrid war"" in the narrative is a scare quote.
PolNeAR annotates attributed fragments as quoted content and leaves titles and scare quotes
out, which is what these rules follow. A headline (a first line in Title Case) that quotes
words the body quotes again is the body's claim in short: the claim is the body's, where its
speaker and cue stand in full, and the headline adds none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.analyse.claims.direct import Quote
from generator.analyse.claims.index import Index, token_span
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.lexicon import lists
from generator.analyse.lexicon.text import fold
from generator.model import Paragraph
from generator.read.articles import headline_end

if TYPE_CHECKING:
    from spacy.tokens import Token

#: A quote of at most this many words, not ending a sentence, is a fragment.
FRAGMENT_WORDS = 4
#: A title in quote marks has at most this many words.
_TITLE_WORDS = 8
#: Words a title leaves in lower case ("State of the Union").
_TITLE_SMALL = lists.exact("claim_title_small_words.txt")
#: Nouns for works whose titles are quoted ("the show "Morning Joe"", "an episode of").
_WORK_NOUNS = lists.exact("claim_work_nouns.txt")
#: The possessive ending, as spaCy splits it off ("CNN" "'s").
_POSSESSIVE = frozenset({"'s", "’s"})
#: A transcript turn: a speaker's name in capitals and a colon ("PENCE: Well, ...").
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,40}:\s")
#: A stage direction in a transcript: "(CROSSTALK.)", "(APPLAUSE)".
_STAGE_DIRECTION = re.compile(r"\([A-Z][A-Z .,'’-]*\)\.?")
#: Characters a crosshead leaves after its words in the paragraph (a closing mark, a full stop).
_CROSSHEAD_TAIL = 2


def claims_among(quotes: list[Quote], paras: Sequence[Paragraph], index: Index) -> list[Quote]:
    """The quote parts that are claims, in order."""
    text = index.text
    transcript = _transcript_chains(quotes, text)
    repeated = _headline_repeats(quotes, text)
    return [
        q
        for q in quotes
        if q.chain not in transcript
        and q.part not in repeated
        and _is_claim(q, text)
        and not _names_a_work(q.part, index)
        and not _crosshead(q.part, paras, text)
    ]


def _is_claim(quote: Quote, text: str) -> bool:
    """Keep quotes with words; keep a short fragment only when a cue governs it."""
    words = quote.part.span.slice(text)
    if not any(ch.isalpha() for ch in words):
        return False
    if quote.part.continues or not quote.part.closed:
        return True
    return quote.governed or not _is_fragment(words)


def _transcript_chains(quotes: list[Quote], text: str) -> set[int]:
    """Chains holding a transcript turn ('"PENCE: Well, ...') or a stage direction ('"(CROSSTALK.)').

    Publishers paste interview transcripts as paragraphs opened with a mark and never
    closed; the mark sets the transcript off from the article rather than quoting
    words the article reports, so none of its paragraphs is a claim.
    """
    return {
        q.chain
        for q in quotes
        if _SPEAKER_LABEL.match(text, q.part.span.start)
        or _STAGE_DIRECTION.fullmatch(q.part.span.slice(text))
    }


def _headline_repeats(quotes: list[Quote], text: str) -> list[QuotePart]:
    """The headline's quotes whose words a quote of the body holds again ("'Terrifying'")."""
    end = headline_end(text)
    body = [f" {fold(q.part.span.slice(text))} " for q in quotes if q.part.span.start >= end]
    repeats = []
    for quote in quotes:
        words = fold(quote.part.span.slice(text))
        if quote.part.span.end <= end and words and any(f" {words} " in b for b in body):
            repeats.append(quote.part)
    return repeats


def _names_a_work(part: QuotePart, index: Index) -> bool:
    """True for a title in quote marks: a show, book or song named, not words said.

    'said on CNN's "State of the Union"', 'his book, "Make Your Kid a Millionaire"',
    'an episode of "Shark Tank"': Title Case words after an organisation's possessive
    or after a noun for a work.
    """
    words = part.span.slice(index.text)
    if len(words.split()) > _TITLE_WORDS or not _title_case(words):
        return False
    doc = index.doc
    i = index.token_at(part.opening) - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in _POSSESSIVE:
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ == "of" and i > 0:
        before = doc[i - 1]
    if before.lemma_.lower() in _WORK_NOUNS:
        return True
    return before.text in _POSSESSIVE and i > 0 and _is_organisation(doc[i - 1], index)


def _crosshead(part: QuotePart, paras: Sequence[Paragraph], text: str) -> bool:
    """True for a subheading: a later paragraph that is only a short Title Case phrase in single marks.

    Newspapers set crossheads ("'All Bets Are Off.'") between sections; the words
    are a heading (at most a pull quote repeating the article), not a claim reported there.
    """
    para = paras[part.paragraph].span
    if part.paragraph == 0 or not part.single or part.opening != para.start:
        return False
    words = part.span.slice(text)
    closing = text[part.span.end : para.end].strip()
    return len(words.split()) <= _TITLE_WORDS and _title_case(words) and len(closing) <= _CROSSHEAD_TAIL


def _title_case(words: str) -> bool:
    """True when every word but short function words starts with a capital or a digit."""
    tokens = [w.strip("\"“”‘’'.,:;!?()") for w in words.split()]
    tokens = [w for w in tokens if w]
    return bool(tokens) and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in tokens)


def _is_organisation(tok: Token, index: Index) -> bool:
    """True for a word naming an organisation (a broadcaster, a publisher)."""
    if tok.ent_type_ == "ORG":
        return True
    return any(m.kind == "organization" for m in index.mentions_in(token_span([tok])))


def _is_fragment(words: str) -> bool:
    """A few words that do not make a sentence: a phrase, a title, a scare quote."""
    return len(words.split()) <= FRAGMENT_WORDS and words.rstrip()[-1:] not in {".", "!", "?"}

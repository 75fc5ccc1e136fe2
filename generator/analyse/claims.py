"""Claims in one article: direct quotes and reported speech, each with its speaker.

Direct quotes come from pairing quotation marks (:mod:`generator.quotes`); their
speaker is the subject of the reporting verb that governs the quote in spaCy's
parse, or of a reporting verb next to it in the same sentence. A quote without a
cue of its own takes the speaker of the quote it continues, of another quote in
its paragraph, or of the previous paragraph's quote (a quote-only paragraph).

A short quoted fragment (a few words, not a sentence) is a claim only when a
reporting verb or noun governs it: "the US had created a "precedent"" is Putin's
word, but "MSNBC's "Morning Joe"" is a title and "so-called "hybrid war"" in the
narrative is a scare quote. PolNeAR annotates attributed fragments as quoted
content and leaves titles and scare quotes out, which is what this rule follows.

Reported speech comes from :mod:`generator.reported`; a reported clause that is
itself a direct quote ("He said: "..."") is left to the direct claim.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.analyse.quotes import QuotePart, find_quotes
from generator.analyse.reported import find_reported
from generator.analyse.segment import sentence_at
from generator.analyse.speakers import (
    ATTRIBUTION_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    Index,
    Speaker,
    according_to,
    adjacent_subject,
    dash_before,
    dash_speaker,
    inverted_subject,
    is_phrasal_cue,
    is_speech_verb,
    noun_speaker,
    preceding_person,
    resolve,
    subject_of,
    token_span,
)
from generator.model import ClaimFound, MentionFound, Paragraph, Sentence, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A quote of at most this many words, not ending a sentence, is a fragment.
FRAGMENT_WORDS = 4
#: How many topic lemmas a claim keeps.
TOPICS = 3
#: A reported clause with at most this many words outside quote marks is a direct quote.
_QUOTED_CLAUSE_SLACK = 2
_NO_SPEAKER = Speaker(None, None, None, None)
#: Subordinators of a clause that runs beside a cue rather than inside what it reports.
_BESIDE_MARKS = frozenset({"as", "while", "when", "after", "before", "until", "because", "since"})
#: A title in quote marks has at most this many words.
_TITLE_WORDS = 8
#: Words a title leaves in lower case ("State of the Union").
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"})
#: Nouns for works whose titles are quoted ("the show "Morning Joe"", "an episode of").
_WORK_NOUNS = frozenset(
    {
        "show",
        "episode",
        "broadcast",
        "program",
        "programme",
        "book",
        "film",
        "movie",
        "documentary",
        "song",
        "anthem",
        "album",
        "series",
        "novel",
        "podcast",
        "magazine",
        "newspaper",
    }
)
_POSSESSIVE = frozenset({"'s", "’s"})
#: A transcript turn: a speaker's name in capitals and a colon ("PENCE: Well, ...").
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,40}:\s")
#: A stage direction in a transcript: "(CROSSTALK.)", "(APPLAUSE)".
_STAGE_DIRECTION = re.compile(r"\([A-Z][A-Z .,'’-]*\)\.?")
#: Verbs that report speech only with a speaker ("she continued"), not otherwise.
_WEAK_CUES = frozenset({"continue", "conclude", "add", "repeat", "note", "observe", "post", "sing"})


#: A noun naming voiced words, right before the opening mark ('chants of "...').
_VOICE_BEFORE = re.compile(r"\b(chants?|cries|cry|shouts?|slogans?|cheers?|screams?|roars?) of\s*$")
#: Who voiced them, right after the closing mark ('..." from the crowd').
_VOICE_AFTER = re.compile(r"[\"”’'»]*\s+(?:from|by)\s+")


@dataclass
class _Quote:
    """A quote part while its speaker is being worked out."""

    part: QuotePart
    speaker: Speaker = _NO_SPEAKER
    governed: bool = False  #: a reporting verb or noun governs it in the parse
    own: bool = False  #: the speaker comes from a cue in the quote's own sentences
    chain: int = -1  #: index (in the quote list) of the first part of its quote


def find_claims(
    text: str,
    doc: Doc,
    paras: Sequence[Paragraph],
    sents: Sequence[Sentence],
    mentions: Sequence[MentionFound],
) -> tuple[ClaimFound, ...]:
    """Direct quotes and reported speech of one article, in text order."""
    parts = find_quotes(text, paras)
    index = Index(text, doc, [p.span for p in parts], mentions)
    quotes = [_Quote(p) for p in parts]
    _link_chains(quotes)
    for quote in quotes:
        quote.speaker, quote.governed = _attribute(quote.part, paras, index)
        quote.own = _cue_is_local(quote, index)
    _propagate(quotes, paras, text)
    transcript = _transcript_chains(quotes, text)
    kept = [
        q
        for q in quotes
        if q.chain not in transcript
        and _is_claim(q, text)
        and not _names_a_work(q.part, index)
        and not _crosshead(q.part, paras, text)
    ]
    direct = [_direct_claim(q, sents) for q in kept]
    indirect = _indirect_claims(index, sents)
    return tuple(_topics(_order(direct, kept, indirect), index))


# ---------------------------------------------------------------- direct quotes


def _link_chains(quotes: list[_Quote]) -> None:
    """Give every part of a quote over several paragraphs the index of its first part."""
    for i, quote in enumerate(quotes):
        previous = quotes[i - 1] if i else None
        if quote.part.continues and previous is not None and not previous.part.closed:
            quote.chain = previous.chain
        else:
            quote.chain = i


def _attribute(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> tuple[Speaker, bool]:
    """The quote's speaker from the parse, and whether a cue governs the quote."""
    tokens = index.token_range(part.span)
    if not tokens:
        return _NO_SPEAKER, False
    doc = index.doc
    named = dash_before(part.opening, part.span.end, index) if part.closed else None
    if named is not None:
        return named, True
    voiced = _voiced_by(part, index) if part.closed else None
    if voiced is not None:
        return voiced, True
    governing = _governing_cue(doc, tokens, index)
    if governing is not None:
        # A weak cue with nobody behind it ("the war continued") attributes nothing.
        speaker = _speaker_of(governing, index)
        introduced = _colon_cue(part, index) if _is_pronoun(speaker, index) else None
        if introduced is not None:
            # 'X scolded him: "...," she said': the clause before the colon names her.
            return _speaker_of(introduced, index), True
        governed = _has_speaker(speaker) or governing.lemma_.lower() not in _WEAK_CUES
        nearby = None if _has_speaker(speaker) else _nearby_cue(part, index)
        if nearby is not None:
            # "And perhaps, he said, it could help X see ...": a speech verb beside
            # the quote names the speaker that the verb governing it lacks.
            speaker = _speaker_of(nearby, index)
        return speaker, governed
    nearby = _nearby_cue(part, index)
    if nearby is not None:
        return _speaker_of(nearby, index), False
    dashed = dash_speaker(part.span.end, index)
    if dashed is not None:
        return dashed, True
    source = according_to(list(doc[tokens[0]].sent), index)
    if source is not None:
        return resolve(source, None, index), True
    cue = _colon_intro(part, paras, index)
    if cue is not None:
        return _speaker_of(cue, index), True
    cue = _previous_sentence_cue(part, paras, index)
    if cue is not None:
        return _speaker_of(cue, index), False
    return _NO_SPEAKER, False


def _voiced_by(part: QuotePart, index: Index) -> Speaker | None:
    """The source of a chant or cry: 'chants of "Russia!" from the crowd' speak for the crowd.

    The quote is what the noun names, and "from"/"by" after it says who voiced it; the
    verb the sentence hangs on ('he said, prompting chants of ...') reports someone else.
    """
    before = _VOICE_BEFORE.search(index.text, max(0, part.opening - 40), max(part.opening, 0))
    after = _VOICE_AFTER.match(index.text, part.span.end)
    if before is None or after is None or part.opening < 0:
        return None
    head = index.doc[index.token_at(after.end())]
    while head.head.i != head.i and head.head.i > head.i and not head.head.is_punct:
        head = head.head  # from the first word of the phrase up to its noun
    return resolve(head, Span(before.start(1), before.end(1)), index)


def _cue_is_local(quote: _Quote, index: Index) -> bool:
    """True when the quote's speaker was found in its own sentences, not borrowed from before."""
    if not _has_speaker(quote.speaker):
        return False
    cue = quote.speaker.cue
    sentence = index.doc[index.token_at(quote.part.span.start)].sent
    return cue is None or cue.start >= sentence[0].idx


def _previous_sentence_cue(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The last speech verb of the sentence before the quote, in the same paragraph.

    '..., Schiff said. "The other factor ..."': a quote that follows reported speech
    continues it.
    """
    doc = index.doc
    first = doc[index.token_at(part.span.start)].sent
    if first.start == 0 or doc[first.start - 1].idx < paras[part.paragraph].span.start:
        return None
    previous = doc[first.start - 1].sent
    verbs = [t for t in previous if is_speech_verb(t) and not index.in_quote(t) and not _negated(t)]
    return verbs[-1] if verbs else None


def _is_pronoun(speaker: Speaker, index: Index) -> bool:
    """True when the speaker's words are a single pronoun ("she")."""
    if speaker.words is None:
        return False
    tokens = index.token_range(speaker.words)
    return len(tokens) == 1 and index.doc[tokens[0]].pos_ == "PRON"


def _colon_cue(part: QuotePart, index: Index) -> Token | None:
    """The speech verb with a named subject in the clause a colon ends right before the quote."""
    doc = index.doc
    i = index.token_at(part.opening) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    verbs = [t for t in doc[doc[i].sent.start : i] if is_speech_verb(t) and not index.in_quote(t)]
    if not verbs:
        return None
    subject = subject_of(verbs[-1], index)
    return verbs[-1] if subject is not None and subject.pos_ == "PROPN" else None


def _colon_intro(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The cue of a paragraph ending in a colon that introduces this quote paragraph."""
    para = paras[part.paragraph]
    if part.opening != para.span.start or part.paragraph == 0:
        return None
    previous = paras[part.paragraph - 1].span
    if index.text[previous.end - 1] != ":":
        return None
    doc = index.doc
    sentence = doc[index.token_at(previous.end - 1)].sent
    cues = [t for t in sentence if _is_cue(t) and not index.in_quote(t)]
    return cues[-1] if cues else None


def _governing_cue(doc: Doc, tokens: range, index: Index) -> Token | None:
    """The reporting verb or noun outside the quote that dominates the quote's words.

    Of several ("Ditto said she expects the campaign "to continue ..."") the
    outermost speech verb wins: the article reports what *its* subject said, and
    PolNeAR attributes nested quotes the same way. Without one, the nearest cue.
    """
    for i in tokens:
        tok = doc[i]
        if tok.head.i in tokens and tok.head.i != tok.i:
            continue
        cues = _cues_above(tok, tokens, index)
        if cues:
            speech = [c for c in cues if is_speech_verb(c)]
            return speech[-1] if speech else cues[0]
    # "..." parsed as the main clause with the cue hanging below it ("X," he said);
    # a belief coordinated with the quote ('"..." and he does believe') is not its cue.
    for i in tokens:
        for child in doc[i].children:
            if child.i in tokens or index.in_quote(child) or not _is_cue(child):
                continue
            if child.dep_ != "conj" or child.lemma_.lower() in SPEECH_VERBS:
                return child
    return None


def _cues_above(tok: Token, tokens: range, index: Index) -> list[Token]:
    """Cues on the path from a quote token up to the root, nearest first."""
    cues: list[Token] = []
    child, head = tok, tok.head
    while head.i not in tokens:
        if cues and child.dep_ == "advcl" and _subordinated(child):
            # "as Trump went on about "...", Melanie said": the outer cue reports
            # another clause; the quote stays with the cue that governs it.
            break
        # A verb coordinated with the quote's clause does not govern it.
        if child.dep_ != "conj" and not index.in_quote(head) and _is_cue(head):
            cues.append(head)
        if head.head.i == head.i:
            break
        child, head = head, head.head
    return cues


def _subordinated(clause: Token) -> bool:
    """True for a clause with its own subject opened by "as", "while", "when" ...

    Such a clause runs beside its head's content; one without a subject ("while
    chanting") shares the head's speaker, so the outer cue may still report it.
    """
    children = list(clause.children)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    return has_subject and any(c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in children)


def _is_cue(tok: Token) -> bool:
    """True for a reporting verb or noun."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"}:
        return lemma in ATTRIBUTION_VERBS or is_phrasal_cue(tok)
    return tok.pos_ == "NOUN" and lemma in SPEECH_NOUNS


def _nearby_cue(part: QuotePart, index: Index) -> Token | None:
    """The nearest speech verb outside quotes in the quote's sentences, with a subject."""
    doc = index.doc
    first = doc[index.token_at(part.span.start)]
    last = doc[index.token_at(max(part.span.end - 1, part.span.start))]
    start, end = first.sent.start, last.sent.end
    # The cue may sit in the sentence right after the closing mark ("Welcome!" he said),
    # but never in the next paragraph: that one introduces someone else.
    if (
        end < len(doc)
        and doc[end].idx - part.span.end <= 3
        and "\n" not in index.text[part.span.end : doc[end].idx]
    ):
        end = doc[end].sent.end
    # ...or end the sentence just before the opening mark (He said: "...).
    colon = doc[start - 1] if start > 0 else None
    if colon is not None and colon.text == ":" and part.span.start - colon.idx <= 4:
        start = colon.sent.start
    best: Token | None = None
    best_distance = 0
    for tok in doc[start:end]:
        if not is_speech_verb(tok) or index.in_quote(tok):
            continue
        if _negated(tok) or (subject_of(tok, index) or inverted_subject(tok, index)) is None:
            continue
        distance = min(abs(tok.idx - part.span.start), abs(tok.idx - part.span.end))
        if best is None or distance < best_distance:
            best, best_distance = tok, distance
    return best


def _speaker_of(cue: Token, index: Index) -> Speaker:
    """The speaker of a cue token, resolved; only the cue when no subject is found."""
    cue_span = token_span([cue])
    if cue.pos_ == "NOUN":
        head = noun_speaker(cue, index)
    else:
        head = (
            subject_of(cue, index)
            or according_to(list(cue.sent), index)
            or inverted_subject(cue, index)
            or adjacent_subject(cue, index)
            or preceding_person(cue, index)
        )
    if head is None:
        return Speaker(cue_span, None, None, None)
    return resolve(head, cue_span, index)


def _negated(verb: Token) -> bool:
    """True for "did not say": a denial of speech names no speaker for a quote nearby."""
    return any(c.dep_ == "neg" for c in verb.children)


def _has_speaker(speaker: Speaker) -> bool:
    """True when a speaker names someone."""
    return speaker.words is not None


def _propagate(quotes: list[_Quote], paras: Sequence[Paragraph], text: str) -> None:
    """Fill in speakers: along chains, within a paragraph, then from the previous paragraph."""
    _share_along_chains(quotes)
    by_para: dict[int, list[_Quote]] = {}
    for quote in quotes:
        by_para.setdefault(quote.part.paragraph, []).append(quote)
    for para_quotes in by_para.values():
        _share_in_paragraph(para_quotes)
    for para, para_quotes in sorted(by_para.items()):
        previous = by_para.get(para - 1)
        if not previous or not _has_speaker(previous[-1].speaker):
            continue
        if _quote_only(paras[para], para_quotes, text):
            for quote in para_quotes:
                if not _has_speaker(quote.speaker):
                    quote.speaker = previous[-1].speaker
    _share_along_chains(quotes)


def _share_along_chains(quotes: list[_Quote]) -> None:
    """Parts of a quote over several paragraphs without a cue of their own take its first speaker."""
    found: dict[int, Speaker] = {}
    for quote in quotes:
        if _has_speaker(quote.speaker) and quote.chain not in found:
            found[quote.chain] = quote.speaker
    for quote in quotes:
        # A part with a cue of its own keeps it: '"...," added Clyburn' names a new speaker
        # even where a mark left open made the parts one chain.
        if quote.chain in found and not quote.own:
            quote.speaker = found[quote.chain]


def _share_in_paragraph(para_quotes: list[_Quote]) -> None:
    """A quote without a cue takes the speaker of the nearest quote before it, else after it."""
    for i, quote in enumerate(para_quotes):
        if _has_speaker(quote.speaker):
            continue
        before = [q for q in para_quotes[:i] if _has_speaker(q.speaker)]
        after = [q for q in para_quotes[i + 1 :] if _has_speaker(q.speaker)]
        source = before[-1] if before else (after[0] if after else None)
        if source is not None:
            quote.speaker = source.speaker


def _quote_only(para: Paragraph, para_quotes: list[_Quote], text: str) -> bool:
    """True when the paragraph holds nothing but quoted words (and marks)."""
    rest = text[para.span.start : para.span.end]
    for quote in reversed(para_quotes):
        lo, hi = quote.part.span.start - para.span.start, quote.part.span.end - para.span.start
        rest = rest[:lo] + rest[hi:]
    return not any(ch.isalnum() for ch in rest)


def _is_claim(quote: _Quote, text: str) -> bool:
    """Keep quotes with words; keep a short fragment only when a cue governs it."""
    words = quote.part.span.slice(text)
    if not any(ch.isalpha() for ch in words):
        return False
    if quote.part.continues or not quote.part.closed:
        return True
    return quote.governed or not _is_fragment(words)


def _transcript_chains(quotes: list[_Quote], text: str) -> set[int]:
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
    return len(words.split()) <= _TITLE_WORDS and _title_case(words) and len(closing) <= 2


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


def _direct_claim(quote: _Quote, sents: Sequence[Sentence]) -> ClaimFound:
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


# ---------------------------------------------------------------- reported speech


def _indirect_claims(index: Index, sents: Sequence[Sentence]) -> list[ClaimFound]:
    """Reported clauses that are not themselves direct quotes."""
    claims = []
    for reported in find_reported(index):
        if _mostly_quoted(reported.span, index):
            continue
        speaker = _speaker_of(reported.verb, index)
        claims.append(
            ClaimFound(
                span=reported.span,
                kind="indirect",
                sentence=sentence_at(sents, reported.span.start),
                cue=token_span([reported.verb]),
                speaker=speaker.words,
                speaker_cluster=speaker.cluster,
                speaker_label=speaker.label,
            )
        )
    return claims


def _mostly_quoted(span: Span, index: Index) -> bool:
    """True when all but a couple of the clause's words lie inside quote marks."""
    outside = inside = 0
    for i in index.token_range(span):
        tok = index.doc[i]
        if tok.is_punct:
            continue
        if index.in_quote(tok):
            inside += 1
        else:
            outside += 1
            if outside > _QUOTED_CLAUSE_SLACK:
                return False
    return inside > 0


# ---------------------------------------------------------------- assembly


def _order(direct: list[ClaimFound], kept: list[_Quote], indirect: list[ClaimFound]) -> list[ClaimFound]:
    """All claims in text order, each later part of a quote pointing at its first part."""
    keyed: list[tuple[int, int, int, ClaimFound]] = [
        (c.span.start, 0, q.chain, c) for c, q in zip(direct, kept, strict=True)
    ]
    keyed += [(c.span.start, 1, -1, c) for c in indirect]
    keyed.sort(key=lambda k: (k[0], k[1]))
    first_of_chain: dict[int, int] = {}
    ordered = []
    for position, (_, kind, chain, claim) in enumerate(keyed):
        if kind == 0 and chain in first_of_chain:
            claim = replace(claim, part_of=first_of_chain[chain])
        elif kind == 0:
            first_of_chain[chain] = position
        ordered.append(claim)
    return ordered


def _topics(claims: list[ClaimFound], index: Index) -> list[ClaimFound]:
    """Add the claim's content-noun lemmas, the article's most frequent first."""
    doc = index.doc
    frequency = Counter(t.lemma_.lower() for t in doc if _is_topic(t))
    result = []
    for claim in claims:
        lemmas: list[str] = []
        for i in index.token_range(claim.span):
            lemma = doc[i].lemma_.lower()
            if _is_topic(doc[i]) and lemma not in lemmas:
                lemmas.append(lemma)
        lemmas.sort(key=lambda lemma: -frequency[lemma])  # stable: ties keep text order
        result.append(replace(claim, topics=tuple(lemmas[:TOPICS])))
    return result


def _is_topic(tok: Token) -> bool:
    """A content noun: not a stop word, not a number, at least three letters."""
    return tok.pos_ == "NOUN" and tok.is_alpha and not tok.is_stop and len(tok.text) > 2

"""Who said a quote: an ordered list of sieves, and the first that answers wins.

As in CoreNLP's quote attribution (Muzny et al., "A Two-stage Sieve Approach for Quote
Attribution", EACL 2017), a quote's speaker comes from a sequence of small rules, the surest
first. Each sieve looks at one quote and either answers (a speaker, perhaps nobody, and
whether a cue governs the quote) or passes to the next. :data:`SIEVES` is that order, and
the order is the algorithm: a quote set off by dashes after a name, or a chant "from the
crowd", is settled before the parse's governing verb is asked; that verb before any verb
merely nearby; words in the quote's own sentence before the paragraph or sentence before it.

What is left without a speaker here may still borrow one from a quote it continues or
shares a paragraph with (:mod:`~.direct`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analyse.claims import colons, cues, earlier
from generator.analyse.claims.cues import speaker_of
from generator.analyse.claims.index import NOBODY, Index, Speaker, has_speaker, token_span
from generator.analyse.claims.phrases import dash_before, dash_speaker, resolve
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.subjects import according_to
from generator.analyse.claims.trailing import trailing_cue
from generator.analyse.claims.words import WEAK_CUES
from generator.analyse.lexicon import lists
from generator.model import Paragraph, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns naming voiced words ("chants", "cries"), longest first so none hides a longer one.
_VOICE_NOUNS = sorted(lists.lines("claim_voice_nouns.txt"), key=lambda w: (-len(w), w))
#: A noun naming voiced words, right before the opening mark ('chants of "...').
_VOICE_BEFORE = re.compile(r"\b(" + "|".join(re.escape(w) for w in _VOICE_NOUNS) + r") of\s*$")
#: Who voiced them, right after the closing mark ('..." from the crowd').
_VOICE_AFTER = re.compile(r"[\"”’'»]*\s+(?:from|by)\s+")
#: Characters before the opening mark searched for the voice noun ("shouts of" and spaces).
_VOICE_REACH = 40

#: A sieve's answer: the speaker (perhaps nobody) and whether a cue governs the quote.
Answer = tuple[Speaker, bool]


@dataclass(frozen=True)
class Attribution:
    """Who said a quote, whether a reporting verb or noun governs it, and which sieve said so."""

    speaker: Speaker
    governed: bool  #: a cue governs the quote: a short fragment is then a claim, not a scare quote
    sieve: str  #: the name of the sieve that answered
    quoted: Quoted  #: what the sieves worked out about the quote (the ranker asks it again)


class Quoted:
    """One quote part being attributed, with what several sieves look at, each worked out once."""

    def __init__(self, part: QuotePart, paras: Sequence[Paragraph], index: Index) -> None:
        """Hold the quote, its article's paragraphs and the article's lookups."""
        self.part = part
        self.paras = paras
        self.index = index

    @functools.cached_property
    def tokens(self) -> range:
        """The tokens of the quote's words."""
        return self.index.token_range(self.part.span)

    @functools.cached_property
    def governing(self) -> Token | None:
        """The reporting verb or noun that governs the quote in the parse, if any.

        A speech verb left dangling right before the opening mark governs it rather than
        the verb the parse hangs it on (see :func:`~.cues.dangling`).
        """
        return cues.dangling(self.part, self.index) or cues.governing(self.index.doc, self.tokens, self.index)

    @functools.cached_property
    def governing_speaker(self) -> Speaker:
        """The speaker of the governing cue (nobody when there is none)."""
        return NOBODY if self.governing is None else speaker_of(self.governing, self.index)

    @functools.cached_property
    def nearby(self) -> Token | None:
        """The nearest speech verb with a subject in the quote's sentences, if any."""
        return cues.nearby(self.part, self.index)


Sieve = Callable[[Quoted], Answer | None]


def no_tokens(q: Quoted) -> Answer | None:
    """A quote holding no token of the parse: nothing to attribute it by, so nobody."""
    return (NOBODY, False) if not q.tokens else None


def named_before_dashes(q: Quoted) -> Answer | None:
    """'including Mitt Romney -- "It is ..." --': the person named right before the dash."""
    named = dash_before(q.part.opening, q.part.span.end, q.index) if q.part.closed else None
    return None if named is None else (named, True)


def labelled(q: Quoted) -> Answer | None:
    """'Polls erred - Ann Lee: "..."': the bare name between a dash and the colon before the quote."""
    name = colons.label(q.part, q.index) if q.tokens else None
    return None if name is None else (resolve(name, None, q.index), True)


def voiced_by(q: Quoted) -> Answer | None:
    """'chants of "Jobs now!" from the crowd': the words belong to whoever voiced them.

    The quote is what the noun names, and "from"/"by" after it says who voiced it; the
    verb the sentence hangs on ('he said, prompting chants of ...') reports someone else.
    """
    part, index = q.part, q.index
    if not part.closed:
        return None
    before = _VOICE_BEFORE.search(index.text, max(0, part.opening - _VOICE_REACH), max(part.opening, 0))
    after = _VOICE_AFTER.match(index.text, part.span.end)
    if before is None or after is None or part.opening < 0:
        return None
    head = index.doc[index.token_at(after.end())]
    while head.head.i != head.i and head.head.i > head.i and not head.head.is_punct:
        head = head.head  # from the first word of the phrase up to its noun
    return resolve(head, Span(before.start(1), before.end(1)), index), True


def colon_names_pronoun(q: Quoted) -> Answer | None:
    """'Jones scolded him: "...," she said': the named subject before the colon, not "she".

    Fires when the cue governing the quote has a lone pronoun as its subject and the clause
    ending in a colon right before the quote has a speech verb with a proper-noun subject.
    """
    if q.governing is None or not _is_pronoun(q.governing_speaker, q.index):
        return None
    introduced = cues.before_colon(q.part, q.index)
    return None if introduced is None else (speaker_of(introduced, q.index), True)


def governing_cue(q: Quoted) -> Answer | None:
    """'"We will win," Biden said': the subject of the reporting verb or noun governing the quote."""
    if q.governing is None or not has_speaker(q.governing_speaker):
        return None
    return q.governing_speaker, True


def cue_taken_for_noun(q: Quoted) -> Answer | None:
    """'"...," the two write': a phrase and a cue the tagger read as a noun, right after the quote."""
    found = trailing_cue(q.part, q.index)
    return None if found is None else (found, True)


def governing_cue_nearby_subject(q: Quoted) -> Answer | None:
    """'And perhaps, he said, it could "help"': a cue without a subject governs the quote.

    The nearest speech verb with a subject in the quote's sentences names the speaker; the
    quote is governed unless the governing cue is a weak one ("continue").
    """
    if q.governing is None or has_speaker(q.governing_speaker) or q.nearby is None:
        return None
    return speaker_of(q.nearby, q.index), _governs(q)


def governing_cue_without_speaker(q: Quoted) -> Answer | None:
    """A cue governs the quote but nobody is named: the cue alone, with no speaker.

    A weak cue with nobody behind it ("the war continued "...") does not make the quote governed.
    """
    if q.governing is None:
        return None
    return q.governing_speaker, _governs(q)


def nearby_cue(q: Quoted) -> Answer | None:
    """No cue governs the quote: the nearest speech verb with a subject in its sentences.

    Also the sentence right after the closing mark ('"Welcome!" he said.'), and the one
    ending in a colon just before the opening mark; never the next paragraph. A verb only
    in the sentence after the quote loses to a quoted sentence right before it.
    """
    if q.governing is not None or q.nearby is None:
        return None
    # '"A," Tripp said. "B." South Carolina, he said, was ...': B goes on with the quote
    # before it rather than take the verb of the sentence after it, which reports anew.
    before = _quoted_sentence_before(q) if q.nearby.i >= q.index.doc[q.tokens[-1]].sent.end else None
    return speaker_of(before or q.nearby, q.index), False


def _quoted_sentence_before(q: Quoted) -> Token | None:
    """The cue of the sentence right before the quote when that sentence quotes someone too."""
    cue = earlier.previous_sentence(q.part, q.paras, q.index)
    if cue is None:
        return None
    sentence = cue.sent
    quoted = any(sentence[0].idx <= quote.start < sentence[-1].idx for quote in q.index.quotes)
    return cue if quoted else None


def named_after_dash(q: Quoted) -> Answer | None:
    """'"I love this country." ― Maria Lopez': a name after a dash that follows the quote."""
    dashed = dash_speaker(q.part.span.end, q.index)
    return None if dashed is None else (dashed, True)


def according_to_source(q: Quoted) -> Answer | None:
    """'"...", according to the ministry' (or "as X put it"): the source its first or last sentence names."""
    if not q.tokens:
        return None
    first, last = q.index.doc[q.tokens[0]].sent, q.index.doc[q.tokens[-1]].sent
    # A quote of several sentences names its source after the closing mark, in its last one.
    for sentence in (first, last) if last.start != first.start else (first,):
        source = according_to(list(sentence), q.index)
        if source is not None and not _inside_as_put_it(source, q):
            return resolve(source, None, q.index), True
    return None


def _inside_as_put_it(source: Token, q: Quoted) -> bool:
    """True for a quote between "As X" and "put it": a title in X's own phrase ('author of "Rules,"').

    The quote is what X is called there, not what X put; the quote after "put it" is.
    """
    first, last = q.tokens[0], q.tokens[-1]
    later = q.index.doc[last].sent[last - q.index.doc[last].sent.start + 1 :]
    return source.i < first and any(t.lemma_ == "put" for t in later)


def colon_paragraph(q: Quoted) -> Answer | None:
    """A quote paragraph after a paragraph ending in a colon ('He said:', 'Stated Stone:'): its speaker."""
    cue = earlier.colon_paragraph(q.part, q.paras, q.index)
    speaker = NOBODY if cue is None else speaker_of(cue, q.index)
    # 'Stated Stone:' (read as one name) or 'Added the mayor:' (read as its object): the name after the cue.
    inverted = None if has_speaker(speaker) else earlier.inverted_colon_lead(q.part, q.paras, q.index)
    if inverted is not None:
        return resolve(inverted[1], token_span([inverted[0]]), q.index), True
    return None if cue is None else (speaker, True)


def previous_sentence(q: Quoted) -> Answer | None:
    """'..., Schiff said. "The other factor ..."': the last speech verb of the sentence before."""
    cue = earlier.previous_sentence(q.part, q.paras, q.index)
    return None if cue is None else (speaker_of(cue, q.index), False)


def previous_paragraph(q: Quoted) -> Answer | None:
    """'Carter said that ... would not happen.' then '"That's because ..."': that paragraph's speaker."""
    cue = earlier.previous_paragraph(q.part, q.paras, q.index)
    if cue is None:
        return None
    speaker = speaker_of(cue, q.index)
    return (speaker, False) if has_speaker(speaker) else None


def _subject_answer(word: Token | None, q: Quoted) -> Answer | None:
    """The speaker that the subject of ``word`` names, not going on from any earlier quote."""
    speaker = None if word is None else cues.subject_speaker(word, q.index)
    return None if speaker is None else (speaker, False)


def embedding_subject(q: Quoted) -> Answer | None:
    """'Cruz blamed the law on "knuckleheaded politicians"': the subject of the verb the quote hangs on.

    Only a quote inside a sentence of the article's own (never one continuing a quote from
    the paragraph before), and only a subject naming an entity or a pronoun for one.
    """
    if q.part.continues or not q.tokens:
        return None
    return _subject_answer(cues.embedding_verb(q.part, q.index), q)


def paragraph_lead_subject(q: Quoted) -> Answer | None:
    """'17-year-old Jared Potts echoed:' then a quote paragraph: the subject of that paragraph's verb."""
    return _subject_answer(earlier.paragraph_lead(q.part, q.paras, q.index), q)


def colon_clause_subject(q: Quoted) -> Answer | None:
    """'... surprised pollster Daron Shaw: "..."': the name before the colon, or the clause's subject."""
    return _subject_answer(cues.colon_clause(q.part, q.index), q)


def colon_source(q: Quoted) -> Answer | None:
    """'Hoff's letter makes a case: "..."', 'From the report: "..."': the document before the colon."""
    source = colons.colon_source(q.part, q.index)
    return None if source is None else (resolve(source, None, q.index), False)


def nobody(q: Quoted) -> Answer | None:
    """No rule names a speaker: nobody, and no cue governs the quote."""
    return NOBODY, False


#: The sieves, tried in this order; the first that answers attributes the quote.
SIEVES: tuple[Sieve, ...] = (
    no_tokens,
    named_before_dashes,
    labelled,
    voiced_by,
    colon_names_pronoun,
    governing_cue,
    cue_taken_for_noun,
    governing_cue_nearby_subject,
    governing_cue_without_speaker,
    nearby_cue,
    named_after_dash,
    according_to_source,
    colon_paragraph,
    previous_sentence,
    previous_paragraph,
    embedding_subject,
    paragraph_lead_subject,
    colon_clause_subject,
    colon_source,
    nobody,
)


def last_resort(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Speaker:
    """For a quote that neither the sieves nor its neighbours attribute: the nearest subject.

    Not a sieve: it runs only after a part has had its chance to borrow a speaker (:mod:`~.direct`).
    """
    if not index.token_range(part.span):
        return NOBODY
    subject = cues.nearest_subject(part, paras, index)
    return NOBODY if subject is None else resolve(subject, None, index)


def attribute(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Attribution:
    """The answer of the first sieve that answers for this quote part."""
    quoted = Quoted(part, paras, index)
    for sieve in SIEVES:
        answer = sieve(quoted)
        if answer is not None:
            return Attribution(answer[0], answer[1], sieve.__name__, quoted)
    raise AssertionError("the last sieve always answers")


def _governs(q: Quoted) -> bool:
    """Whether the governing cue makes the quote governed: a weak cue needs a speaker."""
    assert q.governing is not None
    return has_speaker(q.governing_speaker) or q.governing.lemma_.lower() not in WEAK_CUES


def _is_pronoun(speaker: Speaker, index: Index) -> bool:
    """True when the speaker's words are a single pronoun ("she")."""
    if speaker.words is None:
        return False
    tokens = index.token_range(speaker.words)
    return len(tokens) == 1 and index.doc[tokens[0]].pos_ == "PRON"

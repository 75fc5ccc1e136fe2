"""Cues: the reporting verb or noun that attributes a quote, found in the parse or near it.

The cue that governs the quote in spaCy's parse comes first; then a speech verb in the
quote's sentences, or a clause ending in a colon right before it (cues in the sentence or
paragraph before are in :mod:`~.earlier`). :func:`speaker_of` turns a cue into its speaker.
The sieves (:mod:`~.sieves`) decide which of these to trust, in which order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from generator.analyse.claims import polls
from generator.analyse.claims.index import SUBJECT_DEPS, Index, Speaker, name_head, token_span
from generator.analyse.claims.issuers import names_person, relative_antecedent, reports_own_words
from generator.analyse.claims.phrases import resolve
from generator.analyse.claims.pronouns import PRONOUNS
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.reports import says_more
from generator.analyse.claims.subjects import (
    according_to,
    adjacent_subject,
    can_speak,
    inverted_subject,
    noun_speaker,
    preceding_person,
    subject_after_quote,
    subject_of,
)
from generator.analyse.claims.words import SPEECH_VERBS, is_cue, is_speech_verb, negated
from generator.analyse.lexicon import kinds, lists
from generator.model import Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Subordinators of a clause that runs beside a cue rather than inside what it reports.
_BESIDE_MARKS = lists.exact("claim_side_clause_marks.txt")
#: Characters from a quote's last word to the next sentence within which that sentence's cue
#: may attribute the quote ('"Welcome!" he said': the closing mark and a space, one to spare).
_NEXT_SENTENCE_GAP = 3
#: Most heads climbed from a quote's words to the verb they hang on: a fragment sits a
#: preposition or a noun or two below it ("blamed the law on "..."").
_EMBEDDING_CLIMB = 4
#: Characters between a colon and the quote's first word ('He said: "We ...'): the colon,
#: a space and the opening mark, with one to spare.
_COLON_GAP = 4


#: Verbs whose object is the one who speaks ("quoted Tom Becker, who said").
_SOURCE_VERBS = frozenset({"quote", "cite"})
#: Punctuation between a dangling cue's phrase and the opening mark.
_DANGLING_GAP = frozenset({",", ":", "—", "–", "-"})
#: What "be" says its reporting-noun subject was ('His answer was that "..."'), not what it is called.
_COPULA_CONTENT_DEPS = frozenset({"ccomp"})
#: Dependents that give a verb content of its own: a dangling cue has none.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "acomp"})


def governing(doc: Doc, tokens: range, index: Index) -> Token | None:
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
            if child.i in tokens or index.in_quote(child) or not is_cue(child):
                continue
            if child.dep_ != "conj" or child.lemma_.lower() in SPEECH_VERBS:
                return child
    return None


def dangling(part: QuotePart, index: Index) -> Token | None:
    """'footage of Trump saying during the debate, "..."': a speech verb whose phrase ends at the quote.

    The parser often hangs such a quote on the sentence's main verb ("The spot concludes"),
    though the verb right before it, with no object or clause of its own, is what
    introduces it: only punctuation lies between the end of that verb's phrase and the mark.
    """
    if part.opening < 0:
        return None
    doc = index.doc
    mark = index.token_at(part.opening)
    i = mark - 1
    while i >= 0 and doc[i].is_punct and doc[i].text in _DANGLING_GAP:
        i -= 1
    colon = any(doc[j].text == ":" for j in range(i + 1, mark))
    if i < 0 or i == mark - 1 or doc[i].sent.start != doc[mark].sent.start:
        return None
    tok = doc[i]
    while True:
        if is_speech_verb(tok) and not index.in_quote(tok):
            own = any(c.dep_ in _CONTENT_DEPS for c in tok.children)
            # "when Warren railed against Wall Street, "..."": a clause opened by "when" and
            # closed by a comma sets the scene; "as the heckler yelled: "..."" introduces.
            scene = not colon and tok.dep_ == "advcl" and any(c.lower_ in _BESIDE_MARKS for c in tok.children)
            return None if own or scene else tok
        if tok.head.i == tok.i or tok.head.right_edge.i != i:
            return None
        tok = tok.head  # up the phrase that ends right before the mark


def _cues_above(tok: Token, tokens: range, index: Index) -> list[Token]:
    """Cues on the path from a quote token up to the root, nearest first."""
    cues: list[Token] = []
    child, head = tok, tok.head
    while head.i not in tokens:
        if cues and child.dep_ == "advcl" and _subordinated(child):
            # "as Trump went on about "...", Melanie said": the outer cue reports
            # another clause; the quote stays with the cue that governs it.
            break
        if cues and reports_own_words(child, index):
            # "X said the server, which Lee described as "...", was open", "said one
            # Democrat, who added that "...": the words are the relative clause's, not
            # what the outer cue reports.
            break
        if (
            cues
            and child.dep_ == "dobj"
            and head.lemma_.lower() in _SOURCE_VERBS
            and names_person(child, index)
        ):
            # "The paper quoted Tom Becker, who said "..."": whom it quotes says it.
            break
        # A verb coordinated with the quote's clause does not govern it.
        if child.dep_ != "conj" and not index.in_quote(head) and is_cue(head):
            cues.append(head)
        elif child.dep_ in _COPULA_CONTENT_DEPS and head.lemma_ == "be":
            cues.extend(_copula_subject_cue(head, index))
        if head.head.i == head.i:
            break
        child, head = head, head.head
    return cues


def _copula_subject_cue(verb: Token, index: Index) -> list[Token]:
    """The reporting noun that is the subject of "be" ('His answer was that "..."'), if it is one."""
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and is_cue(c) and not index.in_quote(c)
    ]


def _subordinated(clause: Token) -> bool:
    """True for a clause with its own subject opened by "as", "while", "when" ...

    Such a clause runs beside its head's content; one without a subject ("while
    chanting") shares the head's speaker, so the outer cue may still report it.
    """
    children = list(clause.children)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    return has_subject and any(c.dep_ == "mark" and c.lower_ in _BESIDE_MARKS for c in children)


def nearby(part: QuotePart, index: Index) -> Token | None:
    """The nearest speech verb outside quotes in the quote's sentences, with a subject."""
    doc = index.doc
    first = doc[index.token_at(part.span.start)]
    last = doc[index.token_at(max(part.span.end - 1, part.span.start))]
    start, end = first.sent.start, last.sent.end
    own_end = end
    # The cue may sit in the sentence right after the closing mark ("Welcome!" he said),
    # but never in the next paragraph: that one introduces someone else.
    if (
        end < len(doc)
        and doc[end].idx - part.span.end <= _NEXT_SENTENCE_GAP
        and "\n" not in index.text[part.span.end : doc[end].idx]
    ):
        end = doc[end].sent.end
    # ...or end the sentence just before the opening mark (He said: "...).
    colon = doc[start - 1] if start > 0 else None
    if colon is not None and colon.text == ":" and part.span.start - colon.idx <= _COLON_GAP:
        start = colon.sent.start
    best: Token | None = None
    best_distance = 0
    for tok in doc[start:end]:
        if not is_speech_verb(tok) or index.in_quote(tok):
            continue
        if negated(tok) or _subject_near(tok, index) is None:
            continue
        if tok.i >= own_end and says_more(tok, index):
            continue  # '..." He added, "...': a verb with words of its own starts a new report
        distance = min(abs(tok.idx - part.span.start), abs(tok.idx - part.span.end))
        if best is None or distance < best_distance:
            best, best_distance = tok, distance
    return best


def _subject_near(verb: Token, index: Index) -> Token | None:
    """A speech verb's subject as :func:`nearby` requires it: parsed, inverted or right after a quote."""
    return subject_of(verb, index) or inverted_subject(verb, index) or subject_after_quote(verb, index)


def before_colon(part: QuotePart, index: Index) -> Token | None:
    """The speech verb with a named subject in the clause a colon ends right before the quote."""
    doc = index.doc
    i = _word_before(part, index)
    if i < 0 or doc[i].text != ":":
        return None
    verbs = [t for t in doc[doc[i].sent.start : i] if is_speech_verb(t) and not index.in_quote(t)]
    if not verbs:
        return None
    subject = subject_of(verbs[-1], index)
    if subject is not None:
        subject = relative_antecedent(subject) or subject
    return verbs[-1] if subject is not None and subject.pos_ == "PROPN" else None


def _word_before(part: QuotePart, index: Index) -> int:
    """The index of the last token before the quote's opening mark that is not a space (-1: none)."""
    i = index.token_at(part.opening) - 1
    while i >= 0 and index.doc[i].is_space:
        i -= 1
    return i


def nearest_subject(part: QuotePart, paras: Sequence[Paragraph], index: Index) -> Token | None:
    """The subject outside quotes nearest a quote: its own sentences first, then the one before.

    In its own sentences, the last subject before the quote, else the first after it; else
    the last subject of the sentence before, in the same paragraph. For a quote no cue
    attributes: 'Trump spoke only in bromides. "We have to ..."'.
    """
    doc = index.doc
    tokens = index.token_range(part.span)
    first, last = doc[tokens[0]].sent, doc[tokens[-1]].sent
    own = [t for t in doc[first.start : last.end] if someone_subject(t, index)]
    before = [t for t in own if t.i < tokens[0]]
    if before:
        return before[-1]
    if own:
        return own[0]
    if first.start == 0 or doc[first.start - 1].idx < paras[part.paragraph].span.start:
        return None
    previous = [t for t in doc[first.start - 1].sent if someone_subject(t, index)]
    return previous[-1] if previous else None


#: The speakers' pronouns that can be a verb's subject and stand for someone: not "it" (as
#: the nearest subject, mostly a thing), nor "that", "this" or "everything".
_PERSONAL = PRONOUNS - {"it", "him", "her"}


def someone_subject(tok: Token, index: Index) -> bool:
    """A speaking subject that names someone: a name, a pronoun, an entity, a title, a source."""
    if not _speaking_subject(tok, index):
        return False
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    if tok.pos_ == "PROPN" or {m.kind for m in index.mentions_in(token_span([tok]))} - {"region"}:
        return True
    return kinds.cites_a_person(tok.lemma_)


def _speaking_subject(tok: Token, index: Index) -> bool:
    """True for a verb's subject outside quotes that can speak."""
    return tok.dep_ in SUBJECT_DEPS and not index.in_quote(tok) and can_speak(tok, index, True)


def embedding_verb(part: QuotePart, index: Index) -> Token | None:
    """The nearest verb outside the quote that the quote's words hang on in the parse.

    'Cruz blamed the law on "knuckleheaded politicians."': "blamed", no speech verb, yet
    PolNeAR (and a reader) takes the words as Cruz's.
    """
    doc = index.doc
    tokens = index.token_range(part.span)
    for i in tokens:
        head = doc[i]
        if head.head.i in tokens and head.head.i != i:
            continue
        for _ in range(_EMBEDDING_CLIMB):
            if head.head.i == head.i:
                break
            head = head.head
            if index.in_quote(head):
                continue
            if head.pos_ in {"VERB", "AUX"}:
                return head
    return None


def colon_clause(part: QuotePart, index: Index) -> Token | None:
    """The word that introduces a quote after a colon: a name right before it, else the clause's verb.

    'pollster Daron Shaw: "..."' gives the name; 'the Daily News focuses on the toll: "..."'
    gives "focuses", whose subject speaks (for a speech verb, :func:`before_colon` answers first).
    """
    doc = index.doc
    i = _word_before(part, index)
    if i < 1 or doc[i].text != ":" or "\n" in index.text[doc[i].idx : part.opening]:
        return None
    before = doc[i - 1]
    if before.pos_ == "PROPN" and not index.in_quote(before):
        return before
    root = before.sent.root
    return root if root.pos_ in {"VERB", "AUX"} and not index.in_quote(root) else None


def speaker_of(cue: Token, index: Index) -> Speaker:
    """The speaker of a cue token, resolved; only the cue when no subject is found.

    Candidates are tried surest first (the parse's subject, "according to", an inverted
    subject, a name next to the cue, the person named before it); one that cannot speak
    (a date, a number, a credit-line word, a place that is not the subject) is passed over.
    """
    cue_span = token_span([cue])
    finders: tuple[tuple[Callable[[Token, Index], Token | None], bool], ...]
    if cue.pos_ == "NOUN":
        finders = ((noun_speaker, True),)
    else:
        finders = (
            (subject_of, True),
            (_according_to_in_sentence, True),
            (inverted_subject, True),
            (subject_after_quote, True),
            (adjacent_subject, False),
            (preceding_person, False),
        )
    for finder, as_subject in finders:
        head = finder(cue, index)
        if finder is subject_of and head is not None:
            head = _named_after_inserted_cue(cue, head, index) or head
        if head is not None:
            head = polls.poll_for_share(head, cue, index) or head
        if head is not None and head.i == cue.i:
            head = _name_in_cue(cue)
        if head is not None and can_speak(head, index, as_subject):
            return resolve(head, cue_span, index)
    return Speaker(cue_span, None, None, None)


def _named_after_inserted_cue(cue: Token, subject: Token, index: Index) -> Token | None:
    """The person named right after a cue set off by commas ('Any reading of it, said Ann Lee, ...').

    The parser makes the phrase before the commas the cue's subject; the name after the
    cue speaks, unless that phrase names someone itself.
    """
    doc = index.doc
    if cue.i < 1 or cue.i + 1 >= len(doc) or doc[cue.i - 1].text != "," or subject.i > cue.i:
        return None
    after = doc[cue.i + 1]
    if after.pos_ != "PROPN" or not names_person(after, index) or subject.pos_ in {"PRON", "PROPN"}:
        return None
    if index.mentions_in(token_span([subject])) or kinds.cites_a_person(subject.lemma_):
        return None
    return name_head(after)


def _name_in_cue(cue: Token) -> Token | None:
    """The name the parser hung on a cue taken for a noun ('"...," Bozell answers'): never the cue itself."""
    names = [c for c in cue.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if names else None


def _according_to_in_sentence(cue: Token, index: Index) -> Token | None:
    """The source an "according to" in the cue's sentence names."""
    return according_to(list(cue.sent), index)


def subject_speaker(verb: Token, index: Index) -> Speaker | None:
    """The speaker a verb's subject (or a name itself) names, when that is an entity or a pronoun for one."""
    head = verb if verb.pos_ == "PROPN" else subject_of(verb, index)
    if head is None or not can_speak(head, index, True):
        return None
    speaker = resolve(head, token_span([verb]), index)
    return speaker if speaker.cluster is not None else None

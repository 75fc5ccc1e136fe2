"""A cue after the quote that the tagger took for a noun ("...," the two write).

Right after a closing mark, a short noun phrase and a verb ending the sentence are the
speaker and the cue ('"...," the editorial read', '"...," a voice-over in the ad states'),
but the tagger, with no subject-verb order to go by, often reads the verb as one more noun
of the phrase. The verb's form is also a noun's ("states", "write", "read"), so the noun's
lemma says which verb it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.claims.index import Index, Speaker, token_span
from generator.analyse.claims.phrases import resolve
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.subjects import can_speak, subject_after_quote
from generator.analyse.claims.words import SPEECH_VERBS, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Lemmas of verbs a quote's trailing cue may be, beside the speech verbs: a document "reads".
_CUE_LEMMAS = SPEECH_VERBS | {"read"}
#: Tags of a verb that can be an inverted cue ('"...," read the statement', often tagged VB),
#: not a participle.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "VB"})
#: Most words of the speaker's phrase between the closing mark and the cue ("a welcome
#: message on the website"): longer runs are a sentence of their own.
_LONGEST_PHRASE = 8
#: Parts of speech the speaker's phrase is made of ("the two", "a voice-over in the ad").
_PHRASE_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "ADP", "PRON"})
#: Characters a closing mark ends a clause with before the speaker's phrase ('," ').
_CLOSING = frozenset("\"”’' \u00a0")
#: Marks that end the quote's clause but not the sentence the cue completes.
_CLAUSE_ENDS = frozenset(",!?")


def trailing_cue(part: QuotePart, index: Index) -> Speaker | None:
    """The speaker and cue after the quote when the parse misses the cue there, if there are."""
    doc = index.doc
    start = _phrase_start(part, index)
    if start is None:
        return None
    first = doc[start]
    if first.tag_ in _FINITE and first.lemma_.lower() in _CUE_LEMMAS and not negated(first):
        return _inverted(first, index)
    phrase: list[Token] = []
    for tok in doc[start : min(start + _LONGEST_PHRASE + 1, len(doc))]:
        if tok.sent.start != doc[start].sent.start:
            break
        if phrase and _is_cue(tok, phrase):
            return _speaker(phrase, tok, index)
        if tok.pos_ not in _PHRASE_POS and tok.text != "-":
            return None
        phrase.append(tok)
    return None


def _inverted(cue: Token, index: Index) -> Speaker | None:
    """'"...," read the statement': the phrase after a cue that follows the closing mark.

    The parser often coordinates such a cue with the quote's own verb, and a cue
    coordinated with the quote governs nothing in the parse; its place says it does.
    """
    head = subject_after_quote(cue, index)
    # The phrase is the cue's own (its subject or, misparsed, its object): never the
    # subject of a clause it reports ('saying the city embodied ...').
    if head is None or head.head.i != cue.i or not can_speak(head, index, True):
        return None
    return resolve(head, token_span([cue]), index)


def _phrase_start(part: QuotePart, index: Index) -> int | None:
    """The first token after the closing mark and comma, if only those follow the quote's words."""
    if not part.closed:
        return None
    text = index.text
    end = part.span.end
    while end < len(text) and text[end] in _CLOSING | _CLAUSE_ENDS:
        end += 1
    gap = text[part.span.end : end]
    # The quote ends a clause ('"...," the', '"...?" the'), not a sentence ('...." One').
    ends_clause = any(c in gap for c in _CLAUSE_ENDS)
    if end >= len(text) or "\n" in gap or not ends_clause or not any(c in gap for c in "\"”'’"):
        return None
    i = index.token_at(end)
    return i if index.doc[i].idx == end else None


def _is_cue(tok: Token, phrase: list[Token]) -> bool:
    """True for a speech verb's form tagged as a noun that ends the sentence or opens a preposition."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _CUE_LEMMAS:
        return False
    if phrase[-1].pos_ == "ADP" or phrase[0].pos_ == "ADP" or all(t.pos_ == "DET" for t in phrase):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ == "ADP"


def _speaker(phrase: list[Token], cue: Token, index: Index) -> Speaker:
    """The phrase as the speaker: its person or body when the article names one, else its words."""
    words = token_span(phrase)
    hits = sorted(index.mentions_in(words), key=lambda m: m.kind != "person")
    if hits:
        return Speaker(token_span([cue]), words, hits[0].cluster, None)
    named = any(t.pos_ == "PROPN" for t in phrase)
    label = None if named else " ".join(words.slice(index.text).split())
    return Speaker(token_span([cue]), words, None, label)

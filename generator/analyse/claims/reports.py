"""A speech verb after a quote that starts a report of its own rather than tagging the quote.

'"...continue." He added, "And you ..."': the sentence after the closing mark has a speech
verb, but it introduces the next quote (or a clause), so the quote before it goes on with
the sentence before; '"...?" Ann Lee asked.' is a tag, and names the quote's speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.claims.words import is_speech_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from generator.analyse.claims.index import Index

#: Dependents that give a speech verb a report of its own ("He added that ...").
_REPORT_DEPS = frozenset({"ccomp", "xcomp"})


def says_more(verb: Token, index: Index) -> bool:
    """True for a verb opening a sentence of its own report: 'He added, "..."', not '"...?" he asked'.

    The sentence starts with a capital (a tag after the closing mark goes on in lower case),
    and the verb has a clause of its own, or a quote after it that hangs on it.
    """
    if verb.sent[0].is_lower:
        return False
    if any(c.dep_ in _REPORT_DEPS for c in verb.children):
        return True
    doc = verb.doc
    end = verb.sent.end_char
    later = [q for q in index.quotes if verb.idx < q.start < end]
    # The later quote must hang on this verb, not on another one under it ("saying he's "...").
    return any(_first_speech_head(doc[index.token_at(q.start)]) == verb for q in later)


def _first_speech_head(tok: Token) -> Token | None:
    """The nearest speech verb above a token in the parse, if any."""
    return next((t for t in tok.ancestors if is_speech_verb(t)), None)

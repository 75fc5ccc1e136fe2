"""A share of those a poll asked speaks through the poll: 'In a CNN poll, 75 percent said "..."'.

News reports a poll's findings as what a share of its sample said. The share ("75 percent
of Republicans", "six in 10", "a majority") is no one a reader can look up; the poll that
asked them is the source, when the sentence names one. A share with no poll beside it
("to which 21 percent said ...") stays the speaker: nothing better is named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.analyse.lexicon import lists

if TYPE_CHECKING:
    from spacy.tokens import Token

    from generator.analyse.claims.index import Index

#: Nouns for a poll, as lemmas ("poll", "survey").
_POLL_NOUNS = lists.exact("claim_poll_nouns.txt")
#: Nouns for a share of a group ("percent", "majority").
_SHARE_WORDS = lists.exact("claim_share_words.txt")
#: 'six in 10', '4 out of 5': a share written as a ratio, at the start of the subject's words.
_RATIO = re.compile(
    r"^(?:\W*\w+\W+){0,2}?(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:\d+|ten|five)\b",
    re.IGNORECASE,
)


def poll_for_share(subject: Token, cue: Token, index: Index) -> Token | None:
    """The poll speaking for ``subject`` when it is a share and the cue's sentence names a poll."""
    if not _is_share(subject):
        return None
    own = range(subject.left_edge.i, subject.right_edge.i + 1)
    polls = [t for t in cue.sent if _is_poll(t) and t.i not in own and not index.in_quote(t)]
    return min(polls, key=lambda t: (abs(t.i - cue.i), t.i)) if polls else None


def _is_share(subject: Token) -> bool:
    """True for a subject naming a share of a group ("75 percent of voters", "six in 10", "half")."""
    if subject.lower_ in _SHARE_WORDS or subject.lemma_.lower() in _SHARE_WORDS:
        return True
    words = subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text
    return bool(_RATIO.match(words))


def _is_poll(tok: Token) -> bool:
    """True for a poll noun heading its phrase ("a CNN poll"), not modifying another ("poll workers")."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in _POLL_NOUNS and tok.dep_ != "compound"

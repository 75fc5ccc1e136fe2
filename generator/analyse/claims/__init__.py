"""Claims in one article: direct quotes and reported speech, each with its speaker.

:func:`find_claims` runs the steps in this order:

1. :mod:`~.quotes`: pair quotation marks, paragraph by paragraph; a quote left open at a
   paragraph's end may continue in the next (:mod:`~.direct` links the parts).
2. :mod:`~.sieves`: each part's speaker, from an ordered list of rules (:data:`SIEVES`), the
   first that answers winning: a name before dashes, a label ('- Ann Lee: "..."'), a chant's
   voice, the cue governing the quote in spaCy's parse (or one after it that the tagger took
   for a noun, :mod:`~.trailing`), a speech verb nearby (not one that starts a report of its
   own after the quote, :mod:`~.reports`), a dash and a name after it (or on a short line
   under the quote), "according to", a paragraph ending in a colon, the sentence before; then, with no speech
   verb at all, the subject of the verb the quote hangs on or of the clause a colon ends (or
   the document it names, :mod:`~.colons`). A
   date, a sum, a credit-line word or a mere place never speaks. Cues come from :mod:`~.cues`, their
   subjects from :mod:`~.subjects`, the speaker's words and cluster from :mod:`~.phrases`
   and :mod:`~.pronouns`; :mod:`~.index` holds the article's lookups and :mod:`~.words` the
   word lists (``generator/data/claim_*``).
3. :mod:`~.direct`: a part without a speaker borrows one from its chain, its paragraph or
   the quote-only paragraph's predecessor; one still without takes, as a last resort
   (:func:`~.sieves.last_resort`), the subject nearest it: in its own sentence, else the one before.
4. :mod:`~.filters`: transcripts, titles, crossheads and unattributed fragments are no claims.
5. :mod:`~.reported` and :mod:`~.assemble`: reported clauses ("Biden said the US would ...")
   not themselves direct quotes; everything in text order, with topics.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from generator.analyse.claims.assemble import in_order, indirect_claims, with_topics
from generator.analyse.claims.direct import attribute_all, chained, direct_claim
from generator.analyse.claims.filters import claims_among
from generator.analyse.claims.index import Index
from generator.analyse.claims.quotes import find_quotes
from generator.analyse.claims.sieves import SIEVES
from generator.model import ClaimFound, MentionFound, Paragraph, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["SIEVES", "find_claims"]


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
    quotes = chained(parts)
    attribute_all(quotes, paras, index)
    kept = claims_among(quotes, paras, index)
    direct = [direct_claim(q, sents) for q in kept]
    indirect = indirect_claims(index, sents)
    return tuple(with_topics(in_order(direct, kept, indirect), index))

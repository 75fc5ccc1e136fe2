"""The words that mark speech, from ``generator/data/claim_*`` (see its README).

Reporting verbs take a clause that is what the speaker said; speech verbs report speech with
or without one; attribution verbs add belief and knowledge, which attribute quoted words but
report no speech; speech nouns, phrasal cues and weak cues complete the cues. Gendered words
say, at a person's name, which pronoun may refer to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.analyse.lexicon import lists

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Lemmas whose clause (ccomp) or infinitive (xcomp) is what the speaker said.
REPORTING_VERBS = lists.exact("claim_reporting_verbs.txt")
#: Verbs that report speech or writing; their content is a claim. The reporting verbs,
#: and verbs that report speech without taking a clause ("slammed", "dubbed").
SPEECH_VERBS = REPORTING_VERBS | lists.exact("claim_speech_verbs.txt")
#: Verbs of belief or knowledge: they attribute quoted words, but their clause is not speech.
ATTRIBUTION_VERBS = SPEECH_VERBS | lists.exact("claim_belief_verbs.txt")
#: Nouns that report speech ("Trump's claim that ...", "what he called ...").
SPEECH_NOUNS = lists.exact("claim_speech_nouns.txt")
#: Verbs that report speech only with a speaker ("she continued"), not otherwise.
WEAK_CUES = lists.exact("claim_weak_cues.txt")
#: Words at a name that tell the person's gender as the article states it (never guessed from names).
GENDERED: dict[str, str] = {row[0]: row[1] for row in lists.rows("claim_gendered_words.tsv")}


def _phrasal_cues() -> dict[str, tuple[frozenset[str], ...]]:
    """Phrasal verbs that report speech, by the sets of particles they need ("point": {"out"})."""
    cues: dict[str, tuple[frozenset[str], ...]] = {}
    for verb, particles in lists.rows("claim_phrasal_cues.tsv"):
        cues[verb] = (*cues.get(verb, ()), frozenset(particles.split()))
    return cues


#: Phrasal verbs that report speech, by the particles or prepositions they need ("pointed out").
PHRASAL_CUES = _phrasal_cues()


def is_speech_verb(tok: Token) -> bool:
    """True for a verb that reports speech: a speech verb or a phrasal one ("went after X as")."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    return lemma in SPEECH_VERBS or is_phrasal_cue(tok)


def is_phrasal_cue(tok: Token) -> bool:
    """True for a phrasal reporting verb whose particles are all present ("pointed out")."""
    needs = PHRASAL_CUES.get(tok.lemma_.lower())
    if not needs:
        return False
    parts = [c for c in tok.children if c.dep_ in {"prt", "prep", "advmod"}]
    words = {c.lower_ for c in parts} | {f"{c.lower_}/{c.dep_}" for c in parts}
    return any(need <= words for need in needs)


def is_cue(tok: Token) -> bool:
    """True for a reporting verb or noun."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"VERB", "AUX"}:
        return lemma in ATTRIBUTION_VERBS or is_phrasal_cue(tok)
    return tok.pos_ == "NOUN" and lemma in SPEECH_NOUNS


def negated(verb: Token) -> bool:
    """True for "did not say": a denial of speech is no claim and names no speaker nearby."""
    return any(c.dep_ == "neg" for c in verb.children)

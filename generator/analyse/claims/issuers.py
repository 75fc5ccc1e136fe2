"""Who issues the words a statement or a document carries, and who a noun names.

"The council issued a statement calling ...", "Trump released a video that said ...": the
words are the issuer's, the subject of the verb whose object the statement is. Used by
:mod:`~.subjects` when a cue's subject is a statement rather than someone, and when the
tagger took a person's surname for another word ("Will wrote").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generator.analyse.claims.index import SUBJECT_DEPS, Index, token_span
from generator.analyse.claims.words import SPEECH_NOUNS
from generator.analyse.entities.spans import opens_sentence
from generator.analyse.lexicon import kinds, lists

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Parts of speech a noun phrase is made of, climbed from a noun to the phrase's head.
_PHRASE_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "ADP", "NUM", "DET"})
#: Things made to carry someone's words ("a video that said"), and the verbs that put them out.
_DOCUMENT_NOUNS = lists.exact("claim_document_nouns.txt")
_ISSUING_VERBS = lists.exact("claim_issuing_verbs.txt")


def is_someone(tok: Token, index: Index) -> bool:
    """True for a personal pronoun ("her"), a named person, or a noun news cites a person by."""
    if tok.tag_ == "PRP":
        return tok.lower_ not in {"it", "itself"}
    if names_person(tok, index) or kinds.cites_a_person(tok.lemma_):
        return True
    # "his wife and current nominee Hillary Clinton": a person named in the noun's conjuncts.
    return any(names_person(c, index) for c in tok.conjuncts)


def names_person(tok: Token, index: Index) -> bool:
    """True when the word is part of a person's name that the article gives."""
    return any(m.kind == "person" for m in index.mentions_in(token_span([tok])))


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("an architect who said": architect)."""
    clause = tok.head
    # The parser sometimes takes "that" for a conjunction opening a clause on the noun
    # ("a statement that, while ..., accused"): still the noun's relative pronoun.
    relative = tok.tag_ in {"WP", "WDT"} or (tok.lower_ == "that" and tok.dep_ in SUBJECT_DEPS)
    if not relative or clause.dep_ not in {"relcl", "acl"}:
        return None
    if clause.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return _person_of_phrase(clause.head) if tok.lower_ in {"who", "whom"} else clause.head


def _person_of_phrase(noun: Token) -> Token:
    """The noun a "who" stands for when the parser hung it on a thing inside that noun's phrase.

    "One Democrat familiar with the discussion, who added": "who" is said of someone, so the
    thing a preposition brings in ("the discussion") gives way to the noun it belongs to.
    """
    while noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        owner = noun.head.head
        if owner.pos_ == "ADJ" and owner.dep_ == "amod":
            owner = owner.head  # "familiar with": the adjective belongs to the noun
        if owner.pos_ not in {"NOUN", "PROPN"}:
            break
        noun = owner
    return noun


def reports_own_words(clause: Token, index: Index) -> bool:
    """True for a relative clause whose words the verb above it does not report.

    One with a subject of its own ("the server, which Lee described as"), or one on the
    verb's subject ("said one Democrat, who added that").
    """
    return clause.dep_ == "relcl" and (_own_relative_clause(clause, index) or _describes_subject(clause))


def _own_relative_clause(clause: Token, index: Index) -> bool:
    """True when the relative clause's subject is its own (a noun or pronoun, not "which" or "who")."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"} and not index.in_quote(c)
        for c in clause.children
    )


def _describes_subject(clause: Token) -> bool:
    """True when the relative clause is on a verb's subject or a noun of its phrase ("one Democrat, who").

    A clause on the verb's object ("told a young woman who suggested") may be misparsed to
    take the verb's own content; one on its subject never says what the verb reports.
    """
    up = clause.head
    while up.dep_ not in SUBJECT_DEPS and up.head.i != up.i and up.pos_ in _PHRASE_POS:
        up = up.head
    return up.dep_ in SUBJECT_DEPS


def issuer_of_statement(verb: Token, index: Index) -> Token | None:
    """The verb whose object is the statement a participle describes ("issued a statement calling").

    Any thing made to say it will do ("placed ads calling the deal ..."); a person the
    participle describes ("met a man calling himself ...") speaks for himself.
    """
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in SPEECH_NOUNS and (
        is_someone(noun, index) or index.mentions_in(token_span([noun]))
    ):
        return None
    return _verb_of_object(noun)


def issuer_of_relative(subject: Token) -> Token | None:
    """The verb whose object is the statement a relative pronoun stands for ("issued a statement that").

    A document ("released a video that said") is its issuer's only when an issuing verb
    puts it out: whoever cites a report does not say what it says.
    """
    noun = relative_antecedent(subject)
    if noun is None:
        return None
    verb = _verb_of_object(noun)
    lemma = noun.lemma_.lower()
    if lemma in SPEECH_NOUNS or (
        lemma in _DOCUMENT_NOUNS and verb is not None and verb.lemma_.lower() in _ISSUING_VERBS
    ):
        return verb
    return None


def _verb_of_object(noun: Token) -> Token | None:
    """The verb whose direct object the noun is ("issued a statement": issued), if any."""
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


def surname_taken_for_word(verb: Token, index: Index) -> Token | None:
    """A person's surname before the verb that the tagger took for a modal or an adverb.

    "George Will" then '"...," Will wrote': a modal never comes before a past form, and a
    capital letter mid-sentence on "Early described it" marks a name, not the adverb. Only
    the last word of a person's full name the article gives counts.
    """
    for child in verb.children:
        if child.i >= verb.i or not child.text.istitle() or index.in_quote(child):
            continue
        modal = child.dep_ == "aux" and child.tag_ == "MD" and verb.tag_ in {"VBD", "VBN"}
        adverb = child.dep_ == "advmod" and child.pos_ == "ADV" and not opens_sentence(child.doc, child.i)
        if (modal or adverb) and child.text in _surnames(index):
            return child
    return None


@functools.lru_cache(maxsize=4)
def _surnames(index: Index) -> frozenset[str]:
    """The last words of the people's names of two words or more that the article gives."""
    names = (m.span.slice(index.text).split() for m in index.mentions if m.kind == "person")
    return frozenset(words[-1] for words in names if len(words) > 1)

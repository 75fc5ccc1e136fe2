"""Who is the subject of a cue: through conjoined, embedded, relative and passive verbs.

Works on spaCy's dependency parse. A cue's speaker is its verb's subject, found through
conjoined and embedded verbs ("annexed ... and vowed"); misparses are covered by the name
next to the cue, the name after a sentence-opening cue, or the last person named before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from generator.analyse.claims.index import SUBJECT_DEPS, Index, name_head
from generator.analyse.claims.issuers import (
    is_someone,
    issuer_of_relative,
    issuer_of_statement,
    surname_taken_for_word,
)
from generator.analyse.claims.words import SPEECH_VERBS
from generator.analyse.entities.furniture import dateline_end
from generator.analyse.lexicon import lists
from generator.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: spaCy labels of words that never speak: dates, times, sums, amounts ("the coming days").
#: Counts and shares of people do speak ("63 percent said", "Hundreds of protesters chanted").
_NEVER_SPEAK_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})
#: The end of an age used as a noun ("the 46-year-old"), which spaCy labels a date.
_AGE_ENDING = "old"
#: The first words of a credit line ("Reporting by ..."): never speakers.
_CREDIT_WORDS = lists.exact("claim_credit_words.txt")
#: Characters between a quote that closes a sentence and the next sentence's first word
#: (the closing mark and a space, one to spare).
_SENTENCE_GAP = 3
#: Closing quotation marks a cue may follow directly ('"...," added X').
_CLOSING_MARKS = frozenset("\"”’'")
#: Dependents inside a noun phrase, climbed from its first word to its head ("a New Hampshire Democrat").
_NOUN_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case"})
#: spaCy labels of a place that is no government ("the Gulf", "the White House lawn").
_PLACE_ENTS = frozenset({"LOC", "FAC"})
#: Characters of a paragraph's start read for a dateline: more than the longest one.
_DATELINE_CHARS = 200
#: Prepositions whose gerund shares the subject of the clause it attaches to ("after saying").
_GERUND_PREPS = lists.exact("claim_gerund_preps.txt")
#: Most verbs climbed from a cue to the verb whose subject it shares ("began by saying",
#: "annexed ... and vowed"): chains in news sentences are shorter, and longer ones are misparses.
_CLIMB = 4


def subject_of(verb: Token, index: Index) -> Token | None:
    """The verb's subject outside quotes; through conjoined, embedded and relative verbs."""
    agent = _agent(verb, index)
    if agent is not None:
        return agent
    named = _name_before_participle(verb, index)
    if named is not None:
        return named
    current = verb
    for _ in range(_CLIMB):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS and not index.in_quote(c)]
        if subjects:
            # Of two subjects (a misparse), the one nearest the verb is the likelier.
            subject = min(subjects, key=lambda c: abs(c.i - current.i))
            issuer = issuer_of_relative(subject)
            # "X released a statement that accused ...": X, when the parse names X.
            found = None if issuer is None else subject_of(issuer, index)
            # "an architect who said": "who", which phrases.resolve takes back to the architect.
            return subject if found is None else found
        surname = surname_taken_for_word(current, index)
        if surname is not None:
            return surname  # "Will wrote", "Early described it as"
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return current.head
        issued = issuer_of_statement(current, index)
        if issued is not None:
            current = issued  # "the Council issued a statement calling it ...": the Council
            continue
        clause = _clause_of_gerund(current)
        if clause is not None:
            current = clause  # "began by saying", "After saying ..., she was whisked"
            continue
        if not _inherits_subject(current):
            break
        controller = _object_controller(current, index)
        if controller is not None:
            return controller  # "That prompted Rubio to call Trump ...": Rubio calls
        if _participle_in_content(current) and not index.in_quote(current.head.head):
            # "Biden said the US would never recognise ..., denouncing the referendums":
            # the participle hangs off the reported clause but is the reporter's act.
            current = current.head.head
            continue
        current = current.head
    return None


def _object_controller(verb: Token, index: Index) -> Token | None:
    """The object of the verb an infinitive complements, who does what it says ("led her to declare")."""
    head = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i and not index.in_quote(c)]
    return objects[0] if objects and is_someone(objects[0], index) else None


def _agent(verb: Token, index: Index) -> Token | None:
    """The agent of a passive verb: '"American Skin" was written by Springsteen'."""
    return _object_under(verb, index, lambda child: child.dep_ == "agent")


def _object_under(verb: Token, index: Index, preposition: Callable[[Token], bool]) -> Token | None:
    """The first object outside quotes of the first of the verb's prepositions that has one."""
    for child in verb.children:
        if preposition(child):
            objects = [g for g in child.children if g.dep_ == "pobj" and not index.in_quote(g)]
            if objects:
                return objects[0]
    return None


def _name_before_participle(verb: Token, index: Index) -> Token | None:
    """The name right before a participle without a subject: 'footage of Trump saying, "..."'.

    The parser hangs such a participle on the main verb ("The ad uses footage of X
    asking"), which would make the ad the speaker; the person named just before it speaks.
    """
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or not _names_someone(before, index) or before.dep_ in SUBJECT_DEPS:
        return None
    return before


def _clause_of_gerund(verb: Token) -> Token | None:
    """The verb a gerund's preposition attaches to ("began by saying": began), whose subject it shares."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in _GERUND_PREPS:
        return None
    return prep.head if prep.head.pos_ in {"VERB", "AUX"} else None


def _participle_in_content(verb: Token) -> bool:
    """True for a participle clause attached to the content clause of a speech verb."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in SPEECH_VERBS
    )


def _inherits_subject(verb: Token) -> bool:
    """True when a verb without a subject shares its head's ("annexed ... and vowed").

    Only participles borrow through an adverbial clause ("..., denouncing the
    referendums"): a finite verb there has a subject the parser missed.
    """
    if verb.head.i == verb.i:
        return False
    if verb.dep_ in {"conj", "xcomp"}:
        return True
    if verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.head.tag_ == "VBG":
        # "Protesters marching through the streets chanted ...": the parser made the
        # participle the root and the finite verb its adverbial clause.
        return True
    return verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"}


def noun_speaker(noun: Token, index: Index) -> Token | None:
    """The speaker of a reporting noun: its possessor ("Trump's claim") or agent ("by X")."""
    for child in noun.children:
        if child.dep_ == "poss" and not index.in_quote(child):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    head = noun.head
    if noun.dep_ in {"dobj", "pobj"} and head.pos_ == "VERB":
        return subject_of(head, index)
    return None


def according_to(sentence: Sequence[Token], index: Index) -> Token | None:
    """The source named in "according to X" (or "as X put it"), if the sentence has one."""
    for tok in sentence:
        if index.in_quote(tok):
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            for child in tok.doc[tok.i + 1].children:
                if child.dep_ == "pobj":
                    return child
        if tok.lemma_ == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children):
            return subject_of(tok, index) or _object_of_as(tok, index)
    return None


def _object_of_as(verb: Token, index: Index) -> Token | None:
    """Who "as" takes when the parser reads 'As Ann Lee, a professor, put it' as a preposition."""
    return _object_under(verb, index, lambda child: child.lower_ == "as")


def adjacent_subject(cue: Token, index: Index) -> Token | None:
    """A name right before or after the cue, when the parser gave the cue no subject.

    Covers '"...," Tulsa police Chief Chuck Jordan said' parsed with the name
    hanging off the quote, and 'said Hester' parsed with Hester as an object.
    """
    doc = index.doc
    for i in (cue.i - 1, cue.i + 1):
        if not 0 <= i < len(doc) or not _names_someone(doc[i], index):
            continue
        # The whole name's role counts: in 'said Mr. Trump was', "Mr." hangs on "Trump",
        # the subject of the clause the cue reports.
        name = name_head(doc[i])
        if not _owned_elsewhere(name, cue) and not _named_by_cue(name, cue):
            return name
    return None


def _named_by_cue(tok: Token, cue: Token) -> bool:
    """True for the cue's object that it names or describes ('calling it "dangerous"', 'described Trump as').

    The word the cue says something of is who is talked about; 'said Hester' parsed with
    Hester as the object has no such complement, and Hester speaks.
    """
    if tok.i < cue.i or tok.head.i != cue.i or tok.dep_ not in {"dobj", "oprd"}:
        return False
    # The parser may take the named one for a second complement ('one lawmaker called Trump
    # "the orange prince"', "Trump" and "prince" both its "oprd").
    return any(
        (c.dep_ == "oprd" and c.i != tok.i) or (c.dep_ == "prep" and c.lower_ == "as") for c in cue.children
    )


def _owned_elsewhere(tok: Token, cue: Token) -> bool:
    """True for a word after the cue that is another verb's subject or a possessor ("saying he would")."""
    return tok.i > cue.i and tok.dep_ in SUBJECT_DEPS | {"poss"} and tok.head.i != cue.i


def inverted_subject(cue: Token, index: Index) -> Token | None:
    """The name after a cue that opens its sentence: 'Said Ellis: "..."'."""
    words = [t for t in cue.sent if not t.is_punct and not t.is_space]
    after = cue.i + 1
    if not words or words[0].i != cue.i or after >= len(cue.doc):
        return None
    return name_head(cue.doc[after]) if _names_someone(cue.doc[after], index) else None


def subject_after_quote(cue: Token, index: Index) -> Token | None:
    """The noun phrase right after a closing mark, before or after the cue: who spoke.

    '"...," added a state Democrat' (the parser makes the phrase the cue's object, or the
    subject of a participle after it: 'said Skelly, explaining ...'), and '"...," Ramos, 58,
    told AFP' (parsed with no subject at all): right after the quote comes who spoke.
    """
    doc = index.doc
    start = _after_closing_marks(cue, index)
    if start is None or start >= len(doc) or doc[start].sent.start != cue.sent.start:
        return None
    tok = doc[start]
    while tok.head.i > start and _nominal(tok.head) and tok.dep_ in _NOUN_PHRASE_DEPS | {"npadvmod"}:
        tok = tok.head
    if not _nominal(tok) or index.in_quote(tok):
        return None
    # Before the cue, nothing but the phrase's own apposition may come between ("Ramos, 58,").
    between = list(doc[tok.i + 1 : cue.i]) if start < cue.i else []
    if any(not (t.is_punct or tok.is_ancestor(t)) for t in between):
        return None
    return name_head(tok)


def _after_closing_marks(cue: Token, index: Index) -> int | None:
    """Where words start after the quote closing before the cue, or right after a cue that follows one."""
    doc = index.doc
    if cue.i > 0 and _is_closing_mark(doc[cue.i - 1], index):
        return cue.i + 1
    # A quote in the cue's sentence, or one closing the sentence right before it ('"...?" the
    # 43-year-old asked', parsed as two sentences).
    opens = cue.sent[0].idx - _SENTENCE_GAP
    ends = [q.end for q in index.quotes if opens <= q.end <= cue.idx]
    if not ends:
        return None
    i = index.token_at(ends[-1])
    while i < cue.i and doc[i].is_punct and (_is_closing_mark(doc[i], index) or doc[i].text in {",", "."}):
        i += 1
    return i if i < cue.i else None


def _nominal(tok: Token) -> bool:
    """True for a noun, a name, or an age used as a noun ("the 43-year-old": spaCy says adjective)."""
    if tok.pos_ in {"NOUN", "PROPN"}:
        return True
    return tok.lower_ == _AGE_ENDING and tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def _is_closing_mark(tok: Token, index: Index) -> bool:
    """True for a punctuation token that is a closing quotation mark."""
    return tok.is_punct and index.text[tok.idx] in _CLOSING_MARKS


def preceding_person(cue: Token, index: Index) -> Token | None:
    """The last person named before the cue in its sentence, outside quotes (a misparse's subject).

    "X, the chief executive of Y, forcefully told ..." parsed without a subject: the
    nearest person before the verb is the one who spoke.
    """
    sent = cue.sent
    span = Span(sent[0].idx, cue.idx)
    people = [
        m
        for m in index.mentions_in(span)
        if m.kind == "person"
        and m.role != "pronoun"
        and m.span.start >= span.start
        and m.span.end <= span.end
        and index.quote_of(m.span.start) is None
    ]
    heads = [name_head(index.doc[index.token_at(m.span.end - 1)]) for m in people]
    # A possessor ("Mrs. Clinton's remark") is not the one who speaks.
    heads = [h for h in heads if h.dep_ != "poss"]
    inserted = _inserted_clause(cue)
    # Nor a person named inside a clause set off before the cue ("X, asked about Y, said").
    heads = [h for h in heads if h.i not in inserted]
    return heads[-1] if heads else None


def _inserted_clause(cue: Token) -> range:
    """The tokens of a participle or relative clause set off by commas right before the cue.

    'Mr. Lee, asked about the deaths under Mr. Putin, had said': the clause between the
    commas describes the speaker; whoever it names is not the one who speaks.
    """
    doc = cue.doc
    i = cue.i - 1
    while i > cue.sent.start and doc[i].dep_ in {"aux", "advmod", "neg"}:
        i -= 1
    if doc[i].text != ",":
        return range(0)
    opening = next((j for j in range(i - 1, cue.sent.start - 1, -1) if doc[j].text == ","), None)
    if opening is None or opening + 1 >= i:
        return range(0)
    first = doc[opening + 1]
    # A participle, often tagged as a past tense ("asked"), or a relative pronoun opens it.
    if first.tag_ in {"VBN", "VBG", "VBD", "WP", "WP$"}:
        return range(opening + 1, i)
    return range(0)


def can_speak(tok: Token, index: Index, as_subject: bool) -> bool:
    """False for a word that never speaks: a date, a sum, a credit-line word, a mere place.

    A word the article names as a person or a body speaks, whatever spaCy's label for it
    (it tags some names as dates). A place speaks only as the subject of the cue, where it
    stands for its government ("Moscow said"), and never from a dateline ("DALLAS (AP) --");
    one merely next to the cue ('"...," he said in Dallas') does not.
    """
    if tok.lower_ in _CREDIT_WORDS or _in_dateline(tok, index) or _demonstrative(tok):
        return False
    kinds = {m.kind for m in index.mentions_in(Span(tok.idx, tok.idx + len(tok.text)))}
    if kinds - {"region"}:
        return True
    if kinds or tok.ent_type_ in _PLACE_ENTS:
        return as_subject and not tok.text.isupper()
    return tok.ent_type_ not in _NEVER_SPEAK_ENTS or tok.lower_.endswith(_AGE_ENDING)


def _demonstrative(tok: Token) -> bool:
    """True for a bare "this" or "that" ("That said, ...", "This was ... claims"): a thing, not a speaker."""
    return tok.tag_ == "DT" and tok.lower_ in {"this", "that"}


def _in_dateline(tok: Token, index: Index) -> bool:
    """True for a word of the dateline opening its paragraph ("DALLAS (AP) -", see furniture)."""
    line = index.text.rfind("\n", 0, tok.idx) + 1
    end = dateline_end(index.text[line : line + _DATELINE_CHARS])
    return end is not None and tok.idx < line + end


def _names_someone(tok: Token, index: Index) -> bool:
    """True for a proper noun or pronoun outside quotes that is not a date or a time."""
    return tok.pos_ in {"PROPN", "PRON"} and tok.ent_type_ not in {"DATE", "TIME"} and not index.in_quote(tok)

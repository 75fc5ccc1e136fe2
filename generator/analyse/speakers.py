"""Who says it: reporting cues, their subjects, and what those subjects refer to.

Works on spaCy's dependency parse. A cue is a reporting verb ("said", "told",
"claimed") or a reporting noun ("claim", "statement"); its speaker is the verb's
subject, found through conjoined and embedded verbs ("annexed ... and vowed").
Speaker words are turned into an in-article entity cluster through the mentions
found by :mod:`generator.entities`; a pronoun goes to the most recent person the article
does not mark as the other gender (an honorific or a gendered noun at the name).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.model import MentionFound, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Lemmas whose clause (ccomp) or infinitive (xcomp) is what the speaker said.
REPORTING_VERBS: frozenset[str] = frozenset(
    [
        "say",
        "tell",
        "add",
        "claim",
        "declare",
        "warn",
        "state",
        "note",
        "argue",
        "insist",
        "explain",
        "write",
        "tweet",
        "post",
        "report",
        "announce",
        "admit",
        "acknowledge",
        "suggest",
        "predict",
        "boast",
        "complain",
        "allege",
        "deny",
        "confirm",
        "concede",
        "contend",
        "maintain",
        "assert",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "repeat",
        "testify",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "agree",
        "urge",
        "press",
        "ask",
        "demand",
        "caution",
        "advise",
        "reply",
        "respond",
        "answer",
        "recall",
        "reveal",
        "disclose",
        "indicate",
        "affirm",
        "assure",
        "reassure",
        "inform",
        "proclaim",
        "estimate",
    ]
)

#: Verbs that report speech or writing; their content is a claim. The reporting verbs,
#: and verbs that report speech without taking a clause ("slammed", "dubbed").
SPEECH_VERBS: frozenset[str] = REPORTING_VERBS | frozenset(
    [
        "call",
        "describe",
        "denounce",
        "accuse",
        "charge",
        "quip",
        "joke",
        "shout",
        "chant",
        "scream",
        "yell",
        "whisper",
        "mutter",
        "exclaim",
        "brand",
        "label",
        "dub",
        "term",
        "dismiss",
        "slam",
        "blast",
        "criticize",
        "criticise",
        "condemn",
        "praise",
        "hail",
        "mock",
        "lament",
        "decry",
        "characterize",
        "characterise",
        "cite",
        "quote",
        "disagree",
        "remark",
        "comment",
        "observe",
        "concur",
        "counter",
        "retort",
        "rail",
        "lash",
        "tout",
        "pitch",
        "promote",
        "recount",
        "signal",
        "continue",
        "conclude",
        "attack",
        "laud",
        "scold",
        "chastise",
        "wonder",
        "muse",
        "scoff",
        "text",
        "email",
        "liken",
    ]
)
#: Phrasal verbs that report speech, by the particles or prepositions they need ("pointed out").
PHRASAL_CUES: dict[str, tuple[frozenset[str], ...]] = {
    "point": (frozenset({"out"}),),
    "spell": (frozenset({"out"}),),
    "lash": (frozenset({"out"}),),
    "speak": (frozenset({"out"}), frozenset({"up"})),
    "weigh": (frozenset({"in"}),),
    "chime": (frozenset({"in"}),),
    "hit": (frozenset({"back"}),),
    "fire": (frozenset({"back"}),),
    "shoot": (frozenset({"back"}),),
    "go": (frozenset({"after"}), frozenset({"on", "about"})),
    "sound": (frozenset({"off"}),),
}
#: Verbs of belief or knowledge: they attribute quoted words, but their clause is not speech.
ATTRIBUTION_VERBS: frozenset[str] = SPEECH_VERBS | frozenset(
    [
        "believe",
        "think",
        "feel",
        "hope",
        "expect",
        "fear",
        "worry",
        "know",
        "learn",
        "see",
        "consider",
        "find",
        "read",
        "sing",
    ]
)
#: Nouns that report speech ("Trump's claim that ...", "what he called ...").
SPEECH_NOUNS: frozenset[str] = frozenset(
    [
        "claim",
        "statement",
        "remark",
        "comment",
        "accusation",
        "words",
        "word",
        "assertion",
        "allegation",
        "promise",
        "pledge",
        "warning",
        "message",
        "speech",
        "interview",
        "tweet",
        "post",
        "letter",
        "announcement",
        "testimony",
        "argument",
        "description",
        "reference",
        "response",
        "reply",
        "answer",
        "quote",
        "chant",
    ]
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependents kept in a speaker phrase ("U.N. chief Antonio Guterres", "X, the governor").
_PHRASE_DEPS = frozenset(
    {
        "det",
        "amod",
        "compound",
        "poss",
        "nmod",
        "nummod",
        "flat",
        "appos",
        "prep",
        "pobj",
        "case",
        "cc",
        "conj",
        "quantmod",
        "punct",
        "npadvmod",
        "predet",
    }
)
#: Prepositions whose gerund shares the subject of the clause they attach to ("after saying").
_GERUND_PREPS = frozenset({"by", "after", "before", "while", "in", "on", "upon", "without", "since"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "it", "we"})
_PRONOUNS = _PERSON_PRONOUNS | _GROUP_PRONOUNS | frozenset({"i", "you"})
#: A dash after a closing mark, then a name: '"..." ― Sonya Herridge' (lists of readers' quotes).
_DASH_NAME = re.compile(
    r"[,.]?[\s\u00a0]*[\"”'’]*[\s\u00a0]*[―—–-]+[\s\u00a0]*"
    r"([A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|de|del|la|van|von|bin|al))*)"
)
#: Which gender a pronoun cannot refer to.
_OTHER_GENDER = {"he": "f", "him": "f", "she": "m", "her": "m"}
#: Words at a name that tell the person's gender as the article states it (never guessed from names).
_GENDERED: dict[str, str] = {
    **dict.fromkeys(("mr.", "mr", "sir", "congressman", "spokesman", "chairman", "businessman"), "m"),
    **dict.fromkeys(("husband", "father", "son", "brother", "king", "prince", "actor", "widower"), "m"),
    **dict.fromkeys(("mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "congresswoman"), "f"),
    **dict.fromkeys(("spokeswoman", "chairwoman", "businesswoman", "wife", "mother", "daughter"), "f"),
    **dict.fromkeys(("sister", "queen", "princess", "actress", "widow"), "f"),
}
_DASHES = frozenset({"--", "—", "–", "―"})
#: The closing mark and dash after a quote set off by dashes ('..." -- and X').
_INTERPOLATED_END = re.compile(r"[.,!?]?\s*(?:''|[\"”])\s*(?:--|[—–―])")
_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL"})


@dataclass(frozen=True)
class Speaker:
    """Who a claim is attributed to, as far as the article says."""

    cue: Span | None
    words: Span | None  #: the words naming the speaker at the cue
    cluster: int | None  #: in-article entity cluster, when a mention fits
    label: str | None  #: a group's own words ("Some military experts") when no cluster fits


class Index:
    """Lookups over one parsed article: tokens by offset, quotes, mentions."""

    def __init__(self, text: str, doc: Doc, quotes: Sequence[Span], mentions: Sequence[MentionFound]) -> None:
        """Sort everything once so that later lookups are binary searches."""
        self.text = text
        self.doc = doc
        self.starts = [t.idx for t in doc]
        self.quotes = sorted(quotes)
        self.quote_starts = [q.start for q in self.quotes]
        self.mentions = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
        self.mention_starts = [m.span.start for m in self.mentions]
        self._cache: dict[int, tuple[int | None, bool]] = {}
        self._genders: dict[int, str] | None = None

    def genders(self) -> dict[int, str]:
        """Clusters the article marks as male ('m') or female ('f'), computed once."""
        if self._genders is None:
            votes: dict[int, set[str]] = {}
            for mention in self.mentions:
                gender = _mention_gender(mention, self) if mention.kind == "person" else None
                if gender is not None:
                    votes.setdefault(mention.cluster, set()).add(gender)
            self._genders = {c: g.pop() for c, g in votes.items() if len(g) == 1}
        return self._genders

    def token_range(self, span: Span) -> range:
        """Indices of tokens starting inside ``span``."""
        return range(bisect_left(self.starts, span.start), bisect_left(self.starts, span.end))

    def token_at(self, offset: int) -> int:
        """Index of the token holding ``offset`` (or the last one starting before it)."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def quote_of(self, offset: int) -> Span | None:
        """The quote whose inner words hold ``offset``, if any."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def in_quote(self, token: Token) -> bool:
        """True when the token lies inside a quote's words."""
        return self.quote_of(token.idx) is not None

    def mentions_in(self, span: Span) -> list[MentionFound]:
        """Mentions overlapping ``span``, in text order."""
        lo = bisect_left(self.mention_starts, span.start - 200)
        return [
            m for m in self.mentions[lo : bisect_left(self.mention_starts, span.end)] if m.span.overlaps(span)
        ]

    def mentions_before(self, offset: int) -> list[MentionFound]:
        """Mentions ending at or before ``offset``, latest first."""
        hi = bisect_left(self.mention_starts, offset)
        return [m for m in reversed(self.mentions[:hi]) if m.span.end <= offset]


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
    words = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "advmod"}}
    return any(need <= words for need in needs)


def _mention_gender(mention: MentionFound, index: Index) -> str | None:
    """'m' or 'f' when the words at a person's name say so: an honorific or a gendered noun."""
    doc = index.doc
    tokens = index.token_range(mention.span)
    if not tokens:
        return None
    first, last = doc[tokens[0]], doc[tokens[-1]]
    before = [doc[i] for i in range(max(first.sent.start, first.i - 3), first.i)]
    after = [c for c in _name_head(last).children if c.dep_ == "appos"]
    found = {_GENDERED[w.lower_] for w in before + after if w.lower_ in _GENDERED}
    return found.pop() if len(found) == 1 else None


def token_span(tokens: Sequence[Token]) -> Span:
    """Character span from the first token's start to the last token's end."""
    return Span(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))


def subject_of(verb: Token, index: Index) -> Token | None:
    """The verb's subject outside quotes; through conjoined, embedded and relative verbs."""
    agent = _agent(verb, index)
    if agent is not None:
        return agent
    named = _name_before_participle(verb, index)
    if named is not None:
        return named
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in _SUBJECT_DEPS and not index.in_quote(c)]
        if subjects:
            # Of two subjects (a misparse), the one nearest the verb is the likelier.
            subject = min(subjects, key=lambda c: abs(c.i - current.i))
            if subject.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                return current.head  # "an architect who said": the architect
            return subject
        if current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return current.head
        issued = _issuer_of_statement(current)
        if issued is not None:
            current = issued  # "the Council issued a statement calling it ...": the Council
            continue
        clause = _clause_of_gerund(current)
        if clause is not None:
            current = clause  # "began by saying", "After saying ..., she was whisked"
            continue
        if not _inherits_subject(current):
            break
        if _participle_in_content(current):
            # "Biden said the US would never recognise ..., denouncing the referendums":
            # the participle hangs off the reported clause but is the reporter's act.
            current = current.head.head
            continue
        current = current.head
    return None


def _agent(verb: Token, index: Index) -> Token | None:
    """The agent of a passive verb: '"American Skin" was written by Springsteen'."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [g for g in child.children if g.dep_ == "pobj" and not index.in_quote(g)]
            if objects:
                return objects[0]
    return None


def _name_before_participle(verb: Token, index: Index) -> Token | None:
    """The name right before a participle without a subject: 'footage of Trump saying, "..."'.

    The parser hangs such a participle on the main verb ("The ad uses footage of X
    asking"), which would make the ad the speaker; the person named just before it speaks.
    """
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ != "PROPN" or not _names_someone(before, index) or before.dep_ in _SUBJECT_DEPS:
        return None
    return before


def _issuer_of_statement(verb: Token) -> Token | None:
    """The verb whose object is the statement a participle describes ("issued a statement calling")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None


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
            return subject_of(tok, index)
    return None


def adjacent_subject(cue: Token, index: Index) -> Token | None:
    """A name right before or after the cue, when the parser gave the cue no subject.

    Covers '"...," Tulsa police Chief Chuck Jordan said' parsed with the name
    hanging off the quote, and 'said Hester' parsed with Hester as an object.
    """
    doc = index.doc
    for i in (cue.i - 1, cue.i + 1):
        if 0 <= i < len(doc) and _names_someone(doc[i], index) and not _owned_elsewhere(doc[i], cue):
            return _name_head(doc[i])
    return None


def _owned_elsewhere(tok: Token, cue: Token) -> bool:
    """True for a word after the cue that is another verb's subject or a possessor ("saying he would")."""
    return tok.i > cue.i and tok.dep_ in _SUBJECT_DEPS | {"poss"} and tok.head.i != cue.i


def inverted_subject(cue: Token, index: Index) -> Token | None:
    """The name after a cue that opens its sentence: 'Said Ellis: "..."'."""
    words = [t for t in cue.sent if not t.is_punct and not t.is_space]
    after = cue.i + 1
    if not words or words[0].i != cue.i or after >= len(cue.doc):
        return None
    return _name_head(cue.doc[after]) if _names_someone(cue.doc[after], index) else None


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
    heads = [_name_head(index.doc[index.token_at(m.span.end - 1)]) for m in people]
    # A possessor ("Mrs. Clinton's remark") is not the one who speaks.
    heads = [h for h in heads if h.dep_ != "poss"]
    return heads[-1] if heads else None


def _names_someone(tok: Token, index: Index) -> bool:
    """True for a proper noun or pronoun outside quotes that is not a date or a time."""
    return tok.pos_ in {"PROPN", "PRON"} and tok.ent_type_ not in {"DATE", "TIME"} and not index.in_quote(tok)


def _name_head(tok: Token) -> Token:
    """The last word of the name a token belongs to ("Chuck" -> "Jordan")."""
    while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def phrase(head: Token, index: Index) -> Span:
    """The words of the speaker's noun phrase, without clauses and trailing punctuation."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        tok = stack.pop()
        if index.in_quote(tok) or tok.dep_ in {"relcl", "acl", "advcl"}:
            continue
        keep.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in _PHRASE_DEPS)
    keep.sort(key=lambda t: t.i)
    # The phrase must be contiguous around the head: cut at the first gap.
    lo = hi = keep.index(head)
    while lo > 0 and keep[lo - 1].i == keep[lo].i - 1:
        lo -= 1
    while hi + 1 < len(keep) and keep[hi + 1].i == keep[hi].i + 1:
        hi += 1
    words = keep[lo : hi + 1]
    while len(words) > 1 and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    while len(words) > 1 and words[0].is_punct:
        words.pop(0)
    return token_span(words)


def resolve(head: Token, cue: Span | None, index: Index) -> Speaker:
    """Speaker words, cluster and label for a subject token."""
    words = phrase(head, index)
    if head.lower_ in _PRONOUNS and head.pos_ == "PRON":
        own = index.mentions_in(token_span([head]))
        if own and own[0].role == "pronoun":
            return Speaker(cue, words, own[0].cluster, None)
        return Speaker(cue, words, _antecedent(head, index), None)
    mention = _best_mention(head, words, index)
    if mention is not None:
        return Speaker(cue, words, mention.cluster, None)
    label = None if head.pos_ == "PROPN" else " ".join(words.slice(index.text).split())
    return Speaker(cue, words, None, label)


def _best_mention(head: Token, words: Span, index: Index) -> MentionFound | None:
    """The mention naming the phrase's head, its apposition or first conjunct; not a possessor."""
    owned = index.mentions_in(words)
    if not owned:
        return None
    excluded = [token_span(list(c.subtree)) for c in head.children if c.dep_ == "poss"]
    owned = [m for m in owned if not any(e.contains(m.span) for e in excluded)]
    # The head names the speaker first, then its apposition ("The UK Prime Minister,
    # Liz Truss"), a first conjunct, and only then a modifier ("the Clinton campaign").
    children = list(head.children)
    core = [head]
    for deps in ({"appos", "flat"}, {"conj"}, {"compound"}):
        core += [c for c in children if c.dep_ in deps]
    for tok in core:
        span = token_span([tok])
        hits = [m for m in owned if m.span.overlaps(span)]
        if hits:
            return sorted(hits, key=lambda m: m.kind != "person")[0]
    return None


def _antecedent(pronoun: Token, index: Index) -> int | None:
    """Cluster of the most recent compatible entity before a pronoun, quotes skipped.

    A person pronoun skips people the article marks as the other gender ("Mrs. Lee
    met Mr. Park. "...," she said" is Lee's).
    """
    person = pronoun.lower_ in _PERSON_PRONOUNS
    kinds = {"person"} if person else {"organization", "country", "group"}
    clash = _OTHER_GENDER.get(pronoun.lower_)
    genders = index.genders() if clash else {}
    limit = pronoun.idx - 3000
    best: MentionFound | None = None
    for mention in index.mentions_before(pronoun.idx):
        if mention.span.start < limit:
            break
        if mention.kind not in kinds or index.quote_of(mention.span.start) is not None:
            continue
        if clash is None or genders.get(mention.cluster) != clash:
            best = mention
            break
    fallback = _subject_antecedent(pronoun, index, limit) if person else None
    if fallback is not None and clash is not None and genders.get(fallback[1] or -1) == clash:
        fallback = None
    if fallback is not None and (best is None or fallback[0] > best.span.start):
        return fallback[1]
    return best.cluster if best is not None else None


def _subject_antecedent(pronoun: Token, index: Index, limit: int) -> tuple[int, int | None] | None:
    """Offset and cluster of the latest proper-noun subject before the pronoun (fallback)."""
    doc = index.doc
    i = pronoun.i - 1
    while i >= 0 and doc[i].idx >= limit:
        tok = doc[i]
        i -= 1
        if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "PROPN" or index.in_quote(tok):
            continue
        if tok.ent_type_ in _NOT_PERSON_ENTS:
            continue
        hits = index.mentions_in(token_span([tok]))
        if any(m.kind in {"country", "region", "group"} for m in hits):
            continue
        return tok.idx, hits[0].cluster if hits else None
    return None


def dash_speaker(end: int, index: Index) -> Speaker | None:
    """A name after a dash that follows the quote ending at ``end``, if there is one."""
    match = _DASH_NAME.match(index.text, end)
    if match is None or "\n" in index.text[end : match.start(1)]:
        return None
    words = Span(match.start(1), match.end(1))
    while words.end > words.start and index.text[words.end - 1] in ".,":
        words = Span(words.start, words.end - 1)
    hits = sorted(index.mentions_in(words), key=lambda m: m.kind != "person")
    return Speaker(None, words, hits[0].cluster if hits else None, None)


def dash_before(opening: int, end: int, index: Index) -> Speaker | None:
    """The person named before a quote set off by dashes: 'including Mitt Romney -- "It is ..." --'."""
    doc = index.doc
    if not _INTERPOLATED_END.match(index.text, end):
        return None
    i = index.token_at(opening) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text not in _DASHES or "\n" in index.text[doc[i].idx : opening]:
        return None
    name = doc[i - 1]
    people = [m for m in index.mentions_in(token_span([name])) if m.kind == "person" and m.role == "name"]
    if name.pos_ != "PROPN" or not people or index.in_quote(name):
        return None
    return resolve(_name_head(name), None, index)

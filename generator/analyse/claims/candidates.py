"""Speakers a direct quote might have besides the sieves' choice, each with generic features.

The sieves (:mod:`~.sieves`) stop at the first rule that answers; the ranker (:mod:`~.ranker`)
looks again at a few other speakers that general rules propose for the same quote: the
subject of the reporting verb above the quote's cue, "according to" in its sentence, the cue
nearby, the sentence or paragraph before, the nearest subject, every speaking subject in the
quote's sentences, the nearest name before it, the previous quote's speaker. Each candidate
is described only by grammar: which rules proposed it, the sieve that answered, its part of
speech, dependency label and relation to the cue, its distance from the quote, the cue's
class and clause. No word of any article is a feature, so the weights hold no article text.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analyse.claims import cues, earlier
from generator.analyse.claims.cues import someone_subject, speaker_of
from generator.analyse.claims.index import NOBODY, SUBJECT_DEPS, Index, Speaker, has_speaker, token_span
from generator.analyse.claims.phrases import resolve
from generator.analyse.claims.pronouns import PRONOUNS
from generator.analyse.claims.quotes import QuotePart
from generator.analyse.claims.sieves import SIEVES, Quoted
from generator.analyse.claims.subjects import according_to
from generator.analyse.claims.words import (
    ATTRIBUTION_VERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    is_cue,
)
from generator.model import ENTITY_KINDS, Paragraph, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The rules that propose candidates; "chosen" is the speaker the sieves and borrowing gave.
GENERATORS = (
    "chosen",
    "governing",
    "outer",
    "according",
    "nearby",
    "previous_sentence",
    "previous_paragraph",
    "nearest",
    "before",
    "subject",
    "mention",
    "possessor",
)
_POS = ("PRON", "PROPN", "NOUN", "other")
_DEPS = ("nsubj", "nsubjpass", "pobj", "dobj", "compound", "appos", "conj", "poss", "other")
_RELATIONS = ("subject_of_cue", "outer", "under_cue", "none")
_SIDES = ("before", "after", "inside")
_SENTENCES = ("same", "previous", "earlier", "later")
_CUE_DEPS = ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "other", "none")
_CUE_CLASSES = ("reporting", "speech", "belief", "noun", "other", "none")
#: Where the candidate stands from the quote's paragraph.
_PARAGRAPHS = ("same", "previous", "other")
#: Upper bounds (tokens) of the distance buckets between a candidate and the quote.
_DISTANCES = (2, 5, 10, 20, 40)
#: Upper bounds of the buckets of how often the candidate's entity is mentioned.
_MENTIONS = (1, 3, 8)
#: Upper bounds (tokens) of the quote-length buckets.
_LENGTHS = (3, 8, 20, 50)


def _buckets(bounds: tuple[int, ...]) -> tuple[str, ...]:
    """Names of the buckets ``<=b`` for each bound and one beyond the last."""
    return (*(f"le{b}" for b in bounds), f"gt{bounds[-1]}")


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    """The bucket a value falls in."""
    return next((f"le{b}" for b in bounds if value <= b), f"gt{bounds[-1]}")


def _roles() -> list[str]:
    """Candidate features that quote-level features are crossed with."""
    return [
        *(f"gen:{g}" for g in GENERATORS),
        *(f"rel:{r}" for r in _RELATIONS),
        *(f"pos:{p}" for p in _POS),
        *(f"side:{s}" for s in _SIDES),
        *(f"sent:{s}" for s in _SENTENCES),
    ]


def _quote_level() -> list[str]:
    """Features of the quote (the same for all its candidates): only useful crossed with a role."""
    return [
        *(f"sieve:{s.__name__}" for s in SIEVES),
        *(f"cuedep:{d}" for d in _CUE_DEPS),
        *(f"cue:{c}" for c in _CUE_CLASSES),
        *(f"qlen:{b}" for b in _buckets(_LENGTHS)),
        "qonly",
        "continues",
    ]


def vocabulary() -> tuple[str, ...]:
    """Every feature name a candidate can have, in a fixed order (the weights file's keys come from it)."""
    own = [
        *_roles(),
        *(f"kind:{k}" for k in (*ENTITY_KINDS, "none")),
        *(f"dep:{d}" for d in _DEPS),
        *(f"dist:{b}" for b in _buckets(_DISTANCES)),
        *(f"gens:{n}" for n in range(1, 5)),
        *(f"pos:{p}&sent:{s}" for p in _POS for s in _SENTENCES),
        *(f"mentions:{b}" for b in _buckets(_MENTIONS)),
        *(f"pronoun:{p}" for p in sorted(PRONOUNS)),
        *(f"pos:{p}&rel:{r}" for p in _POS for r in _RELATIONS),
        *(f"gen:{g}&pos:{p}" for g in GENERATORS for p in _POS),
        *(f"para:{p}" for p in _PARAGRAPHS),
        *(f"same_entity&pos:{p}&sent:{t}" for p in _POS for t in _SENTENCES),
        *(f"same_entity&rel:{r}" for r in _RELATIONS),
        "relative",
        "unresolved",
        "nobody",
        "same_entity",
    ]
    crossed = [f"{q}&{r}" for q in _quote_level() for r in _roles()]
    return (*own, *crossed)


@dataclass(frozen=True)
class Article:
    """What candidates are placed and weighed by across one article."""

    sentence_starts: Sequence[int]  #: the first token of each sentence
    cluster_sizes: Mapping[int, int]  #: how many mentions each entity cluster has


def article_facts(index: Index) -> Article:
    """The sentences' first tokens and the clusters' sizes, worked out once per article."""
    sizes = Counter(m.cluster for m in index.mentions)
    return Article([s.start for s in index.doc.sents], sizes)


@dataclass(frozen=True)
class Candidate:
    """One speaker a quote might have, and its features."""

    speaker: Speaker
    features: tuple[str, ...]


@dataclass(frozen=True)
class _Context:
    """What every candidate of one quote is compared with."""

    part: QuotePart
    quoted: Quoted
    cue: Token | None
    first: int  #: index of the quote's first token
    last: int  #: index of the quote's last token
    sentence: int  #: index of the quote's first sentence


def candidates(
    quoted: Quoted, chosen: Speaker, sieve: str, before: Speaker, article: Article
) -> list[Candidate]:
    """The chosen speaker (perhaps nobody) and the others general rules propose, with features."""
    part, paras, index, tokens = quoted.part, quoted.paras, quoted.index, quoted.tokens
    if not tokens:
        return []
    cue = quoted.governing or quoted.nearby
    first = index.doc[tokens[0]]
    ctx = _Context(part, quoted, cue, tokens[0], tokens[-1], _sentence_of(first.sent.start, article))
    found: dict[Span | None, tuple[Speaker, list[str]]] = (
        {None: (chosen, ["chosen"])} if not has_speaker(chosen) else {}
    )
    for name, speaker in _proposed(ctx, chosen, before, paras, index):
        if has_speaker(speaker):
            found.setdefault(speaker.words, (speaker, []))[1].append(name)
    quote_features = _quote_features(ctx, sieve, paras, index)
    return [
        Candidate(speaker, _features(speaker, names, chosen, ctx, quote_features, index, article))
        for speaker, names in found.values()
    ]


def _proposed(
    ctx: _Context, chosen: Speaker, before: Speaker, paras: Sequence[Paragraph], index: Index
) -> list[tuple[str, Speaker]]:
    """Each generator's speaker for the quote (nobody where a rule proposes none)."""
    part, quoted = ctx.part, ctx.quoted
    sentence = index.doc[ctx.first].sent
    source = according_to(list(sentence), index)
    nearest = cues.nearest_subject(part, paras, index)
    resolved: dict[int, Speaker] = {}

    def named(tok: Token) -> Speaker:
        """The speaker a token names, resolved once however many rules propose it."""
        if tok.i not in resolved:
            resolved[tok.i] = resolve(tok, None, index)
        return resolved[tok.i]

    proposed = [
        ("chosen", chosen),
        ("governing", quoted.governing_speaker),
        ("outer", _outer(ctx.cue, index)),
        ("according", NOBODY if source is None else named(source)),
        ("nearby", _spoken(quoted.nearby, index)),
        ("previous_sentence", _spoken(earlier.previous_sentence(part, paras, index), index)),
        ("previous_paragraph", _spoken(earlier.previous_paragraph(part, paras, index), index)),
        ("nearest", NOBODY if nearest is None else named(nearest)),
        ("before", before),
        ("mention", _mention_before(ctx, index, named)),
    ]
    last = index.doc[ctx.last].sent
    for tok in index.doc[sentence.start : last.end]:
        if someone_subject(tok, index):
            proposed.append(("subject", named(tok)))
        elif tok.dep_ == "poss" and tok.pos_ in {"PRON", "PROPN"} and not index.in_quote(tok):
            proposed.append(("possessor", named(tok)))
    return proposed


def _spoken(cue: Token | None, index: Index) -> Speaker:
    """The speaker of a cue, or nobody without one."""
    return NOBODY if cue is None else speaker_of(cue, index)


def _outer(cue: Token | None, index: Index) -> Speaker:
    """The speaker of the nearest cue above the quote's cue ('The Times reported that Powell told her')."""
    if cue is None:
        return NOBODY
    for above in cue.ancestors:
        if is_cue(above) and not index.in_quote(above):
            speaker = speaker_of(above, index)
            if has_speaker(speaker):
                return speaker
    return NOBODY


def _mention_before(ctx: _Context, index: Index, named: Callable[[Token], Speaker]) -> Speaker:
    """The nearest mention of someone before the quote, in its sentence or the one before."""
    doc = index.doc
    sentence = doc[ctx.first].sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for mention in index.mentions_before(index.starts[ctx.first]):
        if mention.span.start < doc[start].idx:
            break
        head = doc[index.token_at(mention.span.end - 1)]
        if mention.kind != "region" and not index.in_quote(head):
            return named(head)
    return NOBODY


def _quote_features(ctx: _Context, sieve: str, paras: Sequence[Paragraph], index: Index) -> list[str]:
    """The quote's own features: the sieve that answered, its cue's clause and class, its length."""
    cue = ctx.cue
    features = [f"sieve:{sieve}", f"qlen:{_bucket(ctx.last - ctx.first + 1, _LENGTHS)}"]
    if cue is None:
        features += ["cuedep:none", "cue:none"]
    else:
        features += [f"cuedep:{_named(cue.dep_, _CUE_DEPS)}", f"cue:{_cue_class(cue)}"]
    para = paras[ctx.part.paragraph].span
    outside = index.text[para.start : ctx.part.span.start] + index.text[ctx.part.span.end : para.end]
    if sum(ch.isalnum() for ch in outside) == 0:
        features.append("qonly")
    if ctx.part.continues:
        features.append("continues")
    return features


def _cue_class(cue: Token) -> str:
    """Which word list the cue's lemma comes from, surest first."""
    lemma = cue.lemma_.lower()
    if cue.pos_ == "NOUN":
        return "noun" if lemma in SPEECH_NOUNS else "other"
    for name, words in (
        ("reporting", REPORTING_VERBS),
        ("speech", SPEECH_VERBS),
        ("belief", ATTRIBUTION_VERBS),
    ):
        if lemma in words:
            return name
    return "other"


def _features(
    speaker: Speaker,
    names: list[str],
    chosen: Speaker,
    ctx: _Context,
    quote_features: list[str],
    index: Index,
    article: Article,
) -> tuple[str, ...]:
    """A candidate's features: its own, and each quote feature crossed with each of its roles."""
    if speaker.words is None:
        return ("nobody", *(f"{q}&gen:chosen" for q in quote_features))
    head = _head(speaker.words, index)
    pos = _named(head.pos_, _POS)
    sentence = _sentence_of(head.sent.start, article) - ctx.sentence
    sent = (
        "same"
        if sentence == 0 or ctx.first <= head.i <= ctx.last
        else ("previous" if sentence == -1 else "earlier")
    )
    if sentence > 0 and head.i > ctx.last:
        sent = "later"
    side = "before" if head.i < ctx.first else ("after" if head.i > ctx.last else "inside")
    distance = ctx.first - head.i if side == "before" else max(head.i - ctx.last, 0)
    names_seen = list(dict.fromkeys(names))
    relation = _relation(head, ctx.cue)
    roles = [*(f"gen:{g}" for g in names_seen), f"rel:{relation}", f"pos:{pos}"]
    roles += [f"side:{side}", f"sent:{sent}"]
    kinds = {m.kind for m in index.mentions_in(speaker.words)}
    own = [
        *roles,
        f"kind:{min(kinds) if kinds else 'none'}",
        f"dep:{_named(head.dep_, _DEPS)}",
        f"dist:{_bucket(distance, _DISTANCES)}",
        f"gens:{min(len(set(names)), 4)}",
        f"pos:{pos}&sent:{sent}",
        f"pos:{pos}&rel:{relation}",
        *(f"gen:{g}&pos:{pos}" for g in names_seen),
        f"para:{_paragraph_side(head, ctx)}",
    ]
    if head.tag_ in {"WP", "WDT"}:
        own.append("relative")  # "X, who said": the words run to the pronoun
    if speaker.cluster is None and speaker.label is None:
        own.append("unresolved")
    if speaker.cluster is not None:
        own.append(f"mentions:{_bucket(article.cluster_sizes.get(speaker.cluster, 0), _MENTIONS)}")
        if speaker.cluster == chosen.cluster and "chosen" not in names:
            # The same person named again nearby: which of the two words the cue's clause
            # has for them ("Rubio said ... whom he called") depends on where each stands.
            own += ["same_entity", f"same_entity&pos:{pos}&sent:{sent}", f"same_entity&rel:{relation}"]
    if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
        own.append(f"pronoun:{head.lower_}")
    return (*own, *(f"{q}&{r}" for q, r in itertools.product(quote_features, roles)))


def _paragraph_side(head: Token, ctx: _Context) -> str:
    """Whether the candidate stands in the quote's paragraph, the one before, or further."""
    word, paras, at = token_span([head]), ctx.quoted.paras, ctx.part.paragraph
    if paras[at].span.contains(word):
        return "same"
    return "previous" if at > 0 and paras[at - 1].span.contains(word) else "other"


def _relation(head: Token, cue: Token | None) -> str:
    """How the candidate hangs on the quote's cue: its subject, the subject of a verb above it, below it."""
    if cue is None:
        return "none"
    if head.head.i == cue.i:
        return "subject_of_cue"
    if head.dep_ in SUBJECT_DEPS and cue in head.head.subtree:
        return "outer"
    if cue in head.ancestors:
        return "under_cue"
    return "none"


def _head(words: Span, index: Index) -> Token:
    """The token of a speaker's words whose head lies outside them (the last such one)."""
    tokens = [index.doc[i] for i in index.token_range(words)] or [index.doc[index.token_at(words.start)]]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[-1] if heads else tokens[-1]


def _named(label: str, known: tuple[str, ...]) -> str:
    """The label itself when it is one of ``known``, else "other"."""
    return label if label in known else "other"


def _sentence_of(token: int, article: Article) -> int:
    """The index of the sentence holding a token."""
    return bisect_right(article.sentence_starts, token) - 1

"""Speaker phrases: the words naming a speaker, and the entity cluster they refer to.

A subject token becomes the noun phrase around it ("U.N. chief Antonio Guterres") and the
in-article cluster of the mention it names (through :mod:`~.pronouns` for "he", "they"),
or, for an unnamed group, its own words as a label ("Some military experts"). Names after
or before a dash are speaker phrases too ('"..." ― Maria Lopez').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.analyse.claims.index import Index, Speaker, name_head, token_span
from generator.analyse.claims.issuers import relative_antecedent
from generator.analyse.claims.pronouns import is_pronoun, pronoun_cluster
from generator.analyse.lexicon import lists
from generator.model import MentionFound, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
#: Lower-case words inside a name ("Maria de la Cruz"), tried in the data file's order.
_PARTICLES = "|".join(re.escape(word) for word in lists.lines("claim_name_particles.txt"))
#: A dash after a closing mark, then a name: '"..." ― Sonya Herridge' (lists of readers' quotes).
_DASH_NAME = re.compile(
    r"[,.]?[\s\u00a0]*[\"”'’]*[\s\u00a0]*[―—–-]+[\s\u00a0]*"
    rf"([A-Z][\w'’.-]*(?:[ \u00a0]+(?:[A-Z][\w'’.-]*|{_PARTICLES}))*)"
)
#: Most characters of a paragraph that says, after a dash, who said the quote above it.
_CREDIT_LINE = 80
_DASHES = frozenset({"--", "—", "–", "―"})
#: The closing mark and dash after a quote set off by dashes ('..." -- and X').
_INTERPOLATED_END = re.compile(r"[.,!?]?\s*(?:''|[\"”])\s*(?:--|[—–―])")


def phrase(head: Token, index: Index, cue: Span | None = None) -> Span:
    """The words of the speaker's noun phrase, without clauses and trailing punctuation.

    Never the cue's word either ('the campaign dubbing it "..."' is the campaign's).
    """
    keep = [head]
    stack = [c for c in head.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        tok = stack.pop()
        if index.in_quote(tok) or tok.dep_ in {"relcl", "acl", "advcl"}:
            continue
        if cue is not None and cue.overlaps(Span(tok.idx, tok.idx + len(tok.text))):
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
    # Nor a possessive's "'s" ("Trump's remark": Trump), nor a preposition left without its object.
    while len(words) > 1 and (words[-1].is_punct or words[-1].dep_ in {"cc", "case", "prep"}):
        words.pop()
    while len(words) > 1 and words[0].is_punct:
        words.pop(0)
    return token_span(_closed(words, head.doc))


def _closed(words: list[Token], doc: Doc) -> list[Token]:
    """The words with a bracket they open closed ("Sen. Jane Roe (D-Ore.)"), or cut before it."""
    opened = sum(t.text == "(" for t in words) - sum(t.text == ")" for t in words)
    if opened <= 0:
        return words
    after = words[-1].i + 1
    if opened == 1 and after < len(doc) and doc[after].text == ")":
        return [*words, doc[after]]
    last = max(i for i, t in enumerate(words) if t.text == "(")
    kept = words[:last] if last > 0 else words
    while len(kept) > 1 and kept[-1].is_punct:
        kept = kept[:-1]
    return kept


def resolve(head: Token, cue: Span | None, index: Index) -> Speaker:
    """Speaker words, cluster and label for a subject token."""
    words = phrase(head, index, cue)
    antecedent = relative_antecedent(head)
    if antecedent is not None:
        # Whom the relative pronoun means comes from the noun it stands for, and its words
        # run from that noun's phrase to the pronoun ("Tom Becker, who"): never a bare "that".
        meant = resolve(antecedent, cue, index)
        if meant.words is not None and not index.in_quote(antecedent):
            words = Span(meant.words.start, words.end)
        return Speaker(cue, words, meant.cluster, meant.label)
    if is_pronoun(head):
        return Speaker(cue, words, pronoun_cluster(head, index), None)
    mention = _best_mention(head, words, index)
    if mention is not None:
        return Speaker(cue, words, mention.cluster, None)
    # A surname the tagger took for a modal or an adverb ("Will wrote") is a name too.
    named = head.pos_ == "PROPN" or (head.pos_ in {"AUX", "ADV"} and head.text.istitle())
    label = None if named else " ".join(words.slice(index.text).split())
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


def dash_speaker(end: int, index: Index) -> Speaker | None:
    """A name after a dash that follows the quote ending at ``end``, if there is one."""
    match = _DASH_NAME.match(index.text, end)
    if match is None:
        return None
    words = Span(match.start(1), match.end(1))
    while words.end > words.start and index.text[words.end - 1] in ".,":
        words = Span(words.start, words.end - 1)
    hits = sorted(index.mentions_in(words), key=lambda m: m.kind != "person")
    if "\n" in index.text[end : match.start(1)] and not (
        (hits or _full_name(words, index)) and _credit_paragraph(match.start(1), index)
    ):
        return None
    return Speaker(None, words, hits[0].cluster if hits else None, None)


def _full_name(words: Span, index: Index) -> bool:
    """True for a first name and a surname the tagger found no person in ("-Ann Lee, Ohio.").

    A credit line under a pull quote names a reader or a passer-by whom no other sentence
    mentions; two or more capitalised words, then a comma, a stop or the line end, are a name.
    """
    names = words.slice(index.text).split()
    after = index.text[words.end : words.end + 1]
    return len(names) >= 2 and all(n[0].isupper() for n in names) and after in {"", ",", ".", "\n"}


def _credit_paragraph(name: int, index: Index) -> bool:
    """True when the dash and name open a short paragraph of their own under the quote.

    A fact check or a page of readers' quotes puts who said it on the next line
    ('"...pay zero taxes." / "- Sanders."'); a long paragraph after a dash is a list item.
    """
    line_end = index.text.find("\n", name)
    line_end = len(index.text) if line_end < 0 else line_end
    gap = index.text[index.text.rfind("\n", 0, name) + 1 : name]
    return line_end - name <= _CREDIT_LINE and not gap.strip(" \u00a0―—–-")


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
    return resolve(name_head(name), None, index)

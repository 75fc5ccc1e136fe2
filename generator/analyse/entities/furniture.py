"""Stage 2b, furniture: headline, datelines and credits are no place to find names in.

A headline in Title Case capitalises every word, so the model's names run on into verbs
("Donald Trump Tells Florida Supporters"), and so do subheadings and the headlines of
related stories inside the text (short Title Case paragraphs with no final stop), run-in
heads ("Help for Refugees: The camps ..."), and notices ("Correction Appended."); a
dateline ("WASHINGTON (AP) —") says where the story was filed, not who acts in it. In all
of them a name is kept only where it is one the body of the article names (with the kind
the body gives it). Words set in capitals inside the text are the same: a kicker or a
digest's item headline ("SENEGAL CLAMPS DOWN: …"), a notice ("CORRECTION APPENDED").
Bylines ("By Jane Roe"), credits ("Reporting by …", "(AP Photo/…)", "Follow … on Twitter"),
photo credits ("Bloomberg/Getty Images"), handles ("@…"), e-mail and web addresses name no
actor of the story: no name is found in them at all. A caption's closing credit ("… at
the booth. Image: Jane Roe / AP.") holds a name only where one of its parts is wholly a
name the body uses.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.analyse.entities.candidates import Cand, text_of
from generator.analyse.entities.shapes import is_acronym
from generator.analyse.entities.spans import TRAILING_JUNK
from generator.analyse.lexicon import gazetteer, lists
from generator.analyse.lexicon.text import fold, strip_possessive
from generator.model import Paragraph, Span
from generator.read.articles import headline_end, in_title_case

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: "WASHINGTON —", "TRENTON, N.J. (AP) —", "KYIV, Ukraine (AP) —", "New York (AFP) –" at a
#: paragraph's start: a place in capitals, or any place with the agency in brackets.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)?(?: \([^()\n]{1,30}\))?"
    r"|[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*(?:, [A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*)? \([^()\n]{1,30}\))"
    r"(?= ?(?:—|–|--|-) )"
)
#: Words set in capitals, joined by spaces or light marks: a run of them is shouted text.
_CAPITALS = re.compile(r"(?<![\w.])[A-Z][A-Z'’.&-]*[A-Z](?:[ ,:;/&-]+[A-Z][A-Z'’.&-]*[A-Z])*(?![\w])")
#: Fewest letters of a capitalised word that is no abbreviation ("CORRECTION", not "NAFTA").
_SHOUTED_LETTERS = 7
#: Handles, e-mail and web addresses.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|https?://\S+|\bwww\.\S+")
#: A bracketed aside, where a credit may sit ("(Reporting by …; Editing by …)").
_BRACKETS = re.compile(r"\(([^()\n]{1,300})\)")
#: Longest paragraph read as a credit line ("By Jane Roe and John Doe, Associated Press").
_CREDIT_WORDS = 25
#: Penn tags of finite verbs: a credit line has none ("By Tuesday Trump said ..." is a sentence).
_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
#: Longest paragraph read as another story's headline or a subheading, in words.
_HEADLINE_WORDS = 20
#: Longest paragraph read as a notice ("Correction Appended."), in words.
_NOTICE_WORDS = 3
#: A run-in head: a short phrase, then a colon, at a paragraph's start.
_RUN_IN = re.compile(r"([^:\n]{3,80}?):\s")
#: A word Title Case leaves in lower case ("for", "to", "of").
_SMALL = re.compile(r"[a-z]{1,4}")
#: Longest paragraph read as a photo credit ("Bloomberg/Getty Images"), in words.
_PHOTO_WORDS = 6
#: Longest name looked for in a headline or dateline, in tokens.
_MAX_NAME_TOKENS = 6


@dataclass(frozen=True)
class Furniture:
    """Where an article is no running text: where names come from the body, where none are."""

    from_body: tuple[Span, ...] = ()  #: headline and datelines
    nameless: tuple[Span, ...] = ()  #: bylines, credits, handles, addresses
    captions: tuple[Span, ...] = ()  #: a caption's closing credit ("Image: …"): whole body names only

    def holds(self, span: Span) -> bool:
        """True when ``span`` overlaps any furniture."""
        return any(span.overlaps(s) for s in self.spans())

    def spans(self) -> tuple[Span, ...]:
        """Every stretch of furniture."""
        return (*self.from_body, *self.nameless, *self.captions)


def find(text: str, doc: Doc, paras: Sequence[Paragraph]) -> Furniture:
    """The headline, datelines, credits and addresses of one article."""
    from_body: list[Span] = []
    captions: list[Span] = []
    end = headline_end(text)
    if end:
        from_body.append(Span(len(text) - len(text.lstrip()), end))
    nameless = [Span(m.start(), m.end()) for m in _ADDRESS.finditer(text)]
    for para in paras:
        words = para.span.slice(text)
        if para.span.start >= end and _other_headline(words):
            from_body.append(para.span)  # a related story's headline, a subheading
            continue
        dateline = dateline_end(words)
        if dateline is not None and para.span.start >= end:
            from_body.append(Span(para.span.start, para.span.start + dateline))
        head = _run_in_head(words)
        if head is not None and para.span.start >= end:
            from_body.append(Span(para.span.start, para.span.start + head))
        from_body.extend(_shouted(words, para.span.start))
        if _photo_credit(words):
            nameless.append(para.span)
        if _credit_line(doc, para.span, words):
            nameless.append(para.span)
        trailing = _trailing_credit(words)
        if trailing is not None:
            # The credit names the photographer or the source of the picture, no actor of
            # the story; one the body also names still links to its page.
            captions.append(Span(para.span.start + trailing, para.span.end))
        for aside in _BRACKETS.finditer(words):
            if _credit_aside(aside.group(1)):
                nameless.append(Span(para.span.start + aside.start(), para.span.start + aside.end()))
    return Furniture(tuple(from_body), tuple(nameless), tuple(captions))


def headline(text: str, paras: Sequence[Paragraph]) -> Span | None:
    """The article's first paragraph when it reads as a headline, in Title Case or not.

    Short, and not ended as a sentence ("Trump campaign makes a Capital investment;").
    """
    if len(paras) < 2:
        return None
    words = paras[0].span.slice(text)
    short = len(words.split()) <= _HEADLINE_WORDS
    return paras[0].span if short and not words.rstrip().endswith((".", '."', ".”")) else None


def dateline_end(words: str) -> int | None:
    """Where the dateline that opens a paragraph's ``words`` ends, or None when there is none."""
    found = _DATELINE.match(words)
    return found.end() if found is not None else None


def _other_headline(words: str) -> bool:
    """A short Title Case paragraph not ended as a sentence is, or a notice ("Correction Appended.")."""
    if len(words.split()) <= _NOTICE_WORDS:
        # A reader's signature ("Ann Lee.") under a letter is a name, not a notice.
        plain = words.rstrip().removesuffix(".")
        # One capitalised word as a paragraph labels a picture or an embed ("Reuters.").
        alone = plain != words.rstrip() and len(plain) > 1 and plain.isalpha() and plain[:1].isupper()
        return (alone or _capitalised(plain)) and not any(gazetteer.first_name(w) for w in plain.split())
    return len(words.split()) <= _HEADLINE_WORDS and not words.rstrip().endswith(".") and in_title_case(words)


def _run_in_head(words: str) -> int | None:
    """Where a run-in head ends: a Title Case phrase before a colon opening the paragraph ("Help for X: ...").

    A phrase, not a name: it holds a small word in lower case, so "Ann Lee: ..." stays a label.
    """
    found = _RUN_IN.match(words)
    if found is None or not _capitalised(found.group(1)):
        return None
    return found.end(1) if any(_SMALL.fullmatch(w) for w in found.group(1).split()[1:]) else None


def _capitalised(words: str) -> bool:
    """True for two or more words, each capitalised but the small ones, none ending a clause."""
    split = words.split()
    if len(split) < 2 or any(w[-1:] in ",;.!?" for w in split[:-1]):
        return False
    return all(w[:1].isupper() or _SMALL.fullmatch(w) for w in split) and split[0][:1].isupper()


def _shouted(words: str, start: int) -> list[Span]:
    """Runs of words in capitals that are no abbreviation: two or more, or one long word.

    A run of short ones ("NGP VAN", "AFL-CIO") is taken for abbreviations, and so is any
    word the lexicon lists as one.
    """
    out = []
    for run in _CAPITALS.finditer(words):
        parts = [p for p in re.split(r"[ ,:;/&-]+", run.group()) if p]
        long = [p for p in parts if len(p.replace(".", "")) >= 4 and gazetteer.abbreviation(p) is None]
        if (len(parts) > 1 and long) or any(len(p) >= _SHOUTED_LETTERS for p in long):
            out.append(Span(start + run.start(), start + run.end()))
    return out


def _photo_credit(words: str) -> bool:
    """A short paragraph of capitalised words with a slash: "Bloomberg/Getty Images"."""
    parts = words.rstrip(".").split()
    return (
        "/" in words
        and len(parts) <= _PHOTO_WORDS
        and all(p[:1].isupper() for p in re.split(r"[\s/]+", words.rstrip(".")) if p)
    )


def outside(doc: Doc, cands: list[Cand], furniture: Furniture) -> list[Cand]:
    """The candidates in running text: none in the headline, a dateline or a credit.

    A candidate of running text that the model ran on into furniture after it ("Washington
    D.C. Image" before "Image: …") keeps its words before the furniture.
    """
    out = []
    for cand in cands:
        if not furniture.holds(_span(doc, cand)):
            out.append(cand)
            continue
        cut = _cut_before(doc, cand, furniture)
        if cut is not None and not furniture.holds(_span(doc, cut)):
            out.append(cut)
    return out


def _cut_before(doc: Doc, cand: Cand, furniture: Furniture) -> Cand | None:
    """The candidate's tokens before the first furniture it runs into, if it starts outside it."""
    start = doc[cand.start].idx
    later = [s.start for s in furniture.spans() if start < s.start < _span(doc, cand).end]
    if not later:
        return None
    end = cand.end
    while end > cand.start and doc[end - 1].idx + len(doc[end - 1].text) > min(later):
        end -= 1
    while end > cand.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return dataclasses.replace(cand, end=end) if end > cand.start else None


def body_names(doc: Doc, cands: list[Cand], furniture: Furniture) -> list[Cand]:
    """The body's names where the headline and datelines use them, kinds as the body gives them.

    A name matches as the body spells it (folded), or, for a person named in full in the
    body, by the last name alone or by a given name alone ("Clinton", "Hillary"); a given
    name before a body name is that person's full name ("Hillary" + "Clinton"). A word a
    sentence could open with ("As", "A", "Is") matches only as an acronym ("US").
    """
    known: dict[str, Cand] = {}
    for cand in cands:
        known.setdefault(_key(text_of(doc, cand)), cand)
    for cand in cands:
        words = _key(text_of(doc, cand)).split()
        if cand.kind == "person" and len(words) > 1:
            known.setdefault(words[-1], cand)
            if gazetteer.first_name(doc[cand.start].text):
                known.setdefault(words[0], cand)
    found = [c for span in furniture.from_body for c in _matches(doc, span, known)]
    return found + [c for span in furniture.captions for c in _credited(doc, span, known)]


def _credited(doc: Doc, span: Span, known: dict[str, Cand]) -> list[Cand]:
    """The parts of a caption's credit that are each a whole body name ("Image: AP / Jane Roe").

    Only a whole part: "United States Navy" credits the navy, not the country the body names.
    """
    credit = doc.text[span.start : span.end]
    colon = credit.index(":") + 1
    out = []
    for part in re.finditer(r"[^/]+", credit[colon:]):
        words = part.group().strip(" .")
        if not words:
            continue
        at = span.start + colon + part.start() + part.group().index(words)
        toks = doc.char_span(at, at + len(words))
        like = known.get(_key(words))
        if toks is not None and like is not None:
            out.append(_borrowed(like, toks.start, toks.end))
    return out


def _matches(doc: Doc, span: Span, known: dict[str, Cand]) -> list[Cand]:
    """Longest runs of capitalised tokens within ``span`` that are known names."""
    inside = doc.char_span(span.start, span.end, alignment_mode="contract")
    tokens = list(range(inside.start, inside.end)) if inside is not None else []
    out: list[Cand] = []
    k = 0
    while k < len(tokens):
        i = tokens[k]
        hit = _longest(doc, i, min(_MAX_NAME_TOKENS, len(tokens) - k), known)
        if hit is None:
            k += 1
            continue
        out.append(hit)
        k += hit.end - hit.start
    return out


def _longest(doc: Doc, i: int, most: int, known: dict[str, Cand]) -> Cand | None:
    """The longest known name starting at token ``i`` (at most ``most`` tokens), as a candidate."""
    if not doc[i].text[:1].isupper():
        return None
    for n in range(most, 0, -1):
        last = doc[i + n - 1]
        if last.is_punct or last.lower_ in TRAILING_JUNK:
            continue
        if n == 1 and doc[i].is_stop and not is_acronym(doc[i].text):
            continue
        like = known.get(_key(doc[i : i + n].text))
        if like is None:
            continue
        return _borrowed(like, i, i + n)
    if most >= 2 and gazetteer.first_name(doc[i].text) and _key(doc[i + 1].text) in known:
        return Cand(i, i + 2, "PERSON", "person", True, borrowed=True)  # "Hillary" + the body's "Clinton"
    return None


def _borrowed(like: Cand, start: int, end: int) -> Cand:
    """A body name found again in furniture, at tokens ``start:end``, of the body's kind."""
    return Cand(start, end, like.label, like.kind, True, like.placey, like.team, borrowed=True)


def _key(text: str) -> str:
    """The folded words, possessive dropped: how the headline must spell a body name."""
    return fold(strip_possessive(text))


def _span(doc: Doc, cand: Cand) -> Span:
    """The characters a candidate covers."""
    last = doc[cand.end - 1]
    return Span(doc[cand.start].idx, last.idx + len(last.text))


@functools.cache
def _cues() -> tuple[str, ...]:
    """Openings of a credit, longest first ("additional reporting by" before "by")."""
    return tuple(sorted(lists.lines("entity_credit_cues.txt"), key=len, reverse=True))


@functools.cache
def _cue_words() -> frozenset[str]:
    """Every word of a cue, without its colon: verbs a credit line may hold ("Reporting")."""
    return frozenset(w.strip(":").lower() for cue in _cues() for w in cue.split())


def _opening_cue(words: str) -> str | None:
    """The credit cue ``words`` open with, as a whole word ("By ", "Photo:"), if any."""
    low = words.lower()
    for cue in _cues():
        if low.startswith(cue) and (cue.endswith(":") or low[len(cue) : len(cue) + 1] in (" ", "")):
            return cue
    return None


def _credit_line(doc: Doc, span: Span, words: str) -> bool:
    """A short paragraph opening with a credit cue, a name after it, and no finite verb."""
    cue = _opening_cue(words)
    if cue is None or len(words.split()) > _CREDIT_WORDS:
        return False
    rest = words[len(cue) :].lstrip(" :")
    if not rest[:1].isupper():
        return False  # "By then, …", "Follow the money"
    toks = doc.char_span(span.start, span.end, alignment_mode="expand")
    return not any(_finite_verb(t) for t in toks or ())


def _trailing_credit(words: str) -> int | None:
    """Where a caption's closing credit starts ("… at the booth. Image: Jane Roe."), if it has one.

    A caption ends with its credit: a capitalised cue with a colon ("Image:", "Photo:")
    after the caption's words, then a few capitalised words to the paragraph's end. The
    model runs the name before it on into the cue ("Ahmed Mohamed Image"), so the credit
    starts at the cue's word; a name of the caption itself is kept when the body names it.
    """
    found = _trailing_credit_pattern().search(words)
    if found is None or len(found.group(2).split()) > _PHOTO_WORDS:
        return None
    return found.start(1)


@functools.cache
def _trailing_credit_pattern() -> re.Pattern[str]:
    """A capitalised colon cue inside a paragraph, then capitalised words and a stop to its end."""
    cues = [c[:-1] for c in _cues() if c.endswith(":") and " " not in c]
    alternatives = "|".join(re.escape(c[:1].upper() + c[1:]) for c in cues)
    return re.compile(rf"(?<=\S )({alternatives}): ([A-Z][^.!?:;\n]*?)\.?\s*$")


def _finite_verb(token: Token) -> bool:
    """A finite verb that is no cue word and no address (the tagger calls some e-mails verbs)."""
    address = token.like_email or token.like_url or "@" in token.text
    return token.tag_ in _FINITE and token.lower_ not in _cue_words() and not address


def _credit_aside(words: str) -> bool:
    """A bracketed credit: a cue, then a name ("Reporting by …"), or "AP Photo/…"."""
    cue = _opening_cue(words)
    if cue is not None and words[len(cue) :].lstrip(" :")[:1].isupper():
        return True
    low = words.lower()
    return any(
        cue.endswith(":") and re.search(rf"\b{re.escape(cue[:-1])}[/:]", low) is not None for cue in _cues()
    )

"""Stage 2, spans: cut each candidate to the name's words.

A leading mark (an opening quote), a leading determiner ("the", "this", "her State
Department"), titles and nationality adjectives before the name, a match score and a
trailing possessive are cut; a following
place or organisation head ("St Basil's" + "Cathedral") is taken in, and a common noun
before a country name makes an agency ("Environment Canada"). An organisation's name before
a person's full name is cut ("Fox News Sean Hannity"); two names joined by "and" that the
article also writes alone are two candidates ("Christie and Jindal"). Lone words that name
no one ("Coal miners" at a sentence start) are in ``lone.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse.entities import owners
from generator.analyse.entities.candidates import Cand
from generator.analyse.entities.leads import full_name_start
from generator.analyse.entities.shapes import (
    ARTICLES,
    agency_words,
    given_name_first,
    is_acronym,
    is_proper_run,
    lower_modifier,
    place_noun,
    prefixed_adjective,
)
from generator.analyse.lexicon import english, gazetteer, lists
from generator.analyse.lexicon.kinds import head_kind, is_demonym, is_title, title_length
from generator.analyse.lexicon.text import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Words and marks that never end a name ("of", "'s").
TRAILING_JUNK = lists.exact("entity_name_trailing_words.txt")
#: Penn tags of determiners and possessive pronouns ("this", "her", "whose"): never a name's start.
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "WP$"})
#: The possessive ending as spaCy splits it off ("Kaine" + "'s").
_POSSESSIVES = frozenset({"'s", "’s", "‘s"})
#: Brackets: editorial insertions ("[Chris] Christie") are never part of a name.
_BRACKETS = "[](){}"
#: Endings of English adjectives ("-ic", "-ist"): such a word before initials describes them.
_ADJECTIVE_ENDINGS = tuple(lists.words("entity_adjective_endings.txt"))
#: A match score ("1 – 0", "3-2"): at most three digits a side, so years do not match.
SCORE = re.compile(r"\d{1,3} ?[–—-] ?\d{1,3}")
#: Dashes: spaced, or an em dash, one ends a name ("Jo Marsh - who", "Jo Marsh—35").
_DASHES = frozenset({"-", "–", "—", "--"})
#: Opening quote marks: unclosed ("George \"Jay" + end of span), one ends the name before it.
_QUOTES = frozenset({'"', "“", "‘", "«"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "»"})
#: Words that join two names ("Christie and Jindal"), and words that hold one name's parts
#: together around them ("Bank of Arts and Crafts", "Arts for the Young and Old").
_CONJUNCTIONS = frozenset({"and", "&"})
_INNER_WORDS = frozenset({"of", "for", "the"})
#: Words after a number that make it a count or a share ("Jo Marsh 46 percent").
_SHARE_WORDS = frozenset({"percent", "per", "%", "pct"})


def refine(doc: Doc, cand: Cand) -> Cand:
    """Cut the span to the name's words; take in a following place or organisation head."""
    start, end = cand.start, cand.end
    # "pro-Clinton" is an adjective, no mention; "pro-Beijing New People Party" names the party.
    start = min(start + prefixed_adjective(doc, start, end), end)
    if start == end:
        return replace(cand, start=start)
    if _agency_of_country(doc, start, end):
        # "Environment Canada", "Statistics Canada": a government agency, not the country.
        return replace(cand, start=start - 1, label="ORG")
    # Not after a person's possessive: "Tim Kaine's" + "Senate" is the senator's, not one
    # name ("St Basil's" + "Cathedral" is one: "St" is no given name).
    owner = doc[end - 1].text in _POSSESSIVES and gazetteer.first_name(doc[start].text)
    while not owner and end < len(doc) and doc[end].text[:1].isupper() and head_kind([doc[end].text]):
        end += 1
    words = [t.text for t in doc[start:end]]
    # The last title inside the span ends whatever came before ("U.N. chief Antonio Guterres"),
    # when a name follows (the model's person may end in a calendar word: "Theresa May").
    cut = 0
    for k in range(len(words) - 1):
        n = title_length(words[k:])
        rest = doc[start + k + n : end]
        named = is_proper_run(rest) or all(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in rest)
        if n and k + n < len(words) and named and not (len(rest) == 1 and place_noun(rest.text)):
            cut = k + n
    start += cut or _title_from_before(doc, start, end)
    if start == end:
        return replace(cand, start=start, end=end)
    while end - start > 1 and (
        doc[start].is_punct
        or _is_determiner(doc, start)
        or _is_demonym_modifier(doc, start, end)
        or _sentence_word(doc, start, end, cand.label)
        or lower_modifier(doc, start, end)
    ):
        start += 1
    start = full_name_start(doc, start, end, cand.label)  # "Majority Whip" + "Jo Marsh"
    start, end = _outside_brackets(doc, start, end)
    start = _after_owner(doc, start, end)
    owned, end = owners.owner_split(doc, start, end)  # "Marsh's Ohio", "Marsh's Jewish"
    if owned > start and owners.known_place(doc[owned:end].text):
        cand = replace(cand, label="GPE")  # the owner was the person: "Marsh's" + "Ohio"
    start = owned
    start = _after_body(doc, start, end)
    # A score is no part of a name ("Argentina 2-1" as one entity, "Brazil 2" before "– 1"),
    # nor is what follows a "the" right after a capitalised word ("Smith the Acme property"):
    # inside names "the" follows a preposition ("Church of the Nativity", "Bank Of The West").
    for k in range(start + 1, end):
        if (
            score_at(doc, k, len(doc))
            or _name_then_the(doc, k)
            or _comma_number(doc, k, end)
            or _owner_before(doc, start, k, end)
            or _break_mark(doc, k, end)
            or _count_at(doc, k, end, cand.label)
        ):
            end = k
            break
    while end - start > 1 and doc[end - 1].lower_ in TRAILING_JUNK:
        end -= 1
    if cand.label != "ORG" and _before_trailing_title(doc, start, end) < end:
        # "Los Angeles Sheriff" is the sheriff's office; "Ohio Gov." leaves a place, no person.
        return replace(cand, start=start, end=_before_trailing_title(doc, start, end), label="GPE")
    if cand.label != "ORG" and _title_of_next(doc, start, end) < end:
        # "Acme Elementary Principal" + "Jo Marsh": the title is hers, what is left her school's.
        label = "UNK" if cand.label == "PERSON" else cand.label
        return replace(cand, start=start, end=_title_of_next(doc, start, end), label=label)
    return replace(cand, start=start, end=end)


def _break_mark(doc: Doc, k: int, end: int) -> bool:
    """True at a spaced dash, an em dash or an unclosed quote inside a span: the name ended before.

    A nickname quoted whole inside the name ("George "Jay" Smith") stays.
    """
    tok = doc[k]
    if tok.text in _QUOTES:
        # A straight quote glued to the word before closes a quotation ('"Jay" Keyworth').
        return not any(t.text in _CLOSING_QUOTES for t in doc[k + 1 : end]) and (
            tok.text != '"' or bool(doc[k - 1].whitespace_)
        )
    spaced = bool(doc[k - 1].whitespace_ or tok.whitespace_)
    return tok.text in _DASHES and (spaced or tok.text in ("—", "--"))


def _count_at(doc: Doc, k: int, end: int, label: str) -> bool:
    """True at a number after a person's name or before "percent" ("Jo Marsh 384", "Marsh 46 percent")."""
    tok = doc[k]
    if not tok.text[:1].isdigit():
        return False
    after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    return after in _SHARE_WORDS or tok.text.endswith("%") or (label == "PERSON" and k + 1 == end)


def _after_owner(doc: Doc, start: int, end: int) -> int:
    """Start after an owner's possessive before a full name, a place's name or a known body.

    "Acme's Jo Marsh" is Jo Marsh; "Ohio's Brown County" is Brown County ("Ohio's Republican
    Party" is not the Republican Party); "Marsh's Acme Capital Group" is the group when the
    article names its owner or the group apart (``owners.py``).
    """
    for k in range(start + 1, end - 2):
        if doc[k].text not in _POSSESSIVES:
            continue
        rest = [t.text for t in doc[k + 1 : end]]
        if given_name_first(rest) or (gazetteer.place(doc[start:k].text) and head_kind(rest) == "region"):
            return k + 1
        if head_kind(rest) == "organization" and owners.owned_body(doc, start, k, end):
            return k + 1
    return start


def _after_body(doc: Doc, start: int, end: int) -> int:
    """Start at a person's full name right after an organisation's name ("Acme News Jo Marsh")."""
    words = [t.text for t in doc[start:end]]
    for k in range(1, len(words) - 1):
        body = " ".join(words[:k])
        known = gazetteer.known_kind(body) == "organization" or gazetteer.abbreviation(body)
        if (known or head_kind(words[:k]) == "organization") and given_name_first(words[k:]):
            return start + k
    return start


def opens_sentence(doc: Doc, i: int) -> bool:
    """True when token ``i`` starts its sentence, or follows only the sentence's opening marks."""
    k = i
    while k > 0 and not doc[k].is_sent_start and doc[k - 1].is_punct:
        k -= 1
    return bool(doc[k].is_sent_start) or k == 0


def split_coordinated(doc: Doc, cand: Cand) -> list[Cand]:
    """Two names joined by "and" as two candidates ("Christie and Jindal"), else the candidate.

    Only when each side is a proper-noun run the article also writes elsewhere, the two
    differ ("Johnson & Johnson" is one), and the whole is no known name and holds no
    organisation or place head and no "of" ("Academy of Arts and Sciences").
    """
    joins = [k for k in range(cand.start + 1, cand.end - 1) if doc[k].lower_ in _CONJUNCTIONS]
    if len(joins) != 1:
        return [cand]
    k, whole = joins[0], doc[cand.start : cand.end]
    words = [t.text for t in whole]
    if (
        gazetteer.known_kind(whole.text)
        or gazetteer.alias(whole.text)
        or head_kind(words)
        or any(t.lower_ in _INNER_WORDS for t in whole)
    ):
        return [cand]
    sides = [doc[cand.start : k], doc[k + 1 : cand.end]]
    if sides[0].text == sides[1].text or not all(
        is_proper_run(side) and doc.text.count(side.text) > 1 for side in sides
    ):
        return [cand]
    return [replace(cand, start=side.start, end=side.end) for side in sides]


def _before_trailing_title(doc: Doc, start: int, end: int) -> int:
    """End before a title closing a place's name: "Ohio Gov." (+ "Jo Marsh") is Ohio's, no one's.

    Only after a place or country, so "Don King" and "Gloria Major" keep their names.
    """
    for n in (2, 1):
        rest = doc[start : end - n]
        if (
            len(rest)
            and is_title(doc[end - n : end].text)
            and (gazetteer.place(rest.text) or gazetteer.country(rest.text))
        ):
            return end - n
    return end


def _title_of_next(doc: Doc, start: int, end: int) -> int:
    """End before a title closing the span when a given name follows it: the title is that person's.

    "Acme Elementary Principal" + "Jo Marsh" leaves "Acme Elementary"; "Don King" (no name
    after) and "Martin Luther King Jr." (a suffix after) keep their names.
    """
    after = doc[end] if end < len(doc) else None
    if after is None or not after.text[:1].isupper() or not gazetteer.first_name(after.text):
        return end
    for n in (2, 1):
        if end - n > start and is_title(doc[end - n : end].text) and not title_length([doc[start].text]):
            return end - n
    return end


def _outside_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span after its last bracket ("[Chris] Christie" -> "Christie"); no bracket is a name's.

    A word with a bracket inside it ("W]e") leaves nothing.
    """
    for k in range(end - 1, start - 1, -1):
        text = doc[k].text
        if any(c in _BRACKETS for c in text):
            if len(text) > 1 and text.strip(_BRACKETS) and k + 1 == end:
                return start, start
            return (k + 1, end) if k + 1 < end else (start, k)
    return start, end


def _owner_before(doc: Doc, start: int, k: int, end: int) -> bool:
    """True at a person's possessive inside the span: "Ted Cruz's Super [Tuesday]" is Ted Cruz's.

    Not before a place or organisation head ("Levi's Stadium" is one name).
    """
    return (
        doc[k].text in _POSSESSIVES
        and k + 1 < end
        and gazetteer.first_name(doc[start].text)
        and not head_kind([t.text for t in doc[k + 1 : end]])
    )


def _comma_number(doc: Doc, k: int, end: int) -> bool:
    """True at a comma before a number inside the span: an age or a count ("Barron, 9")."""
    return doc[k].text == "," and k + 1 < end and doc[k + 1].like_num


def _sentence_word(doc: Doc, i: int, end: int, label: str) -> bool:
    """A capitalised common word before a name: a word of the sentence ("Billionaire Jo Marsh").

    It is an English word in lower case, never a given name, title, nationality or place,
    and what follows is a given name and a surname, or (spaCy's person, at a sentence
    start: "Derelict Obama and Clinton") a name the article also gives on its own.
    """
    while end - i > 2 and doc[end - 1].text in _POSSESSIVES:
        end -= 1  # "Rival Jo Marsh's campaign": the name before the possessive
    word, rest = doc[i], doc[i + 1 : end]
    if not word.is_alpha or not word.text[:1].isupper() or not is_proper_run(rest):
        return False
    whole = doc[i:end].text
    if (
        is_title(word.text)
        or is_demonym(word.text)
        or gazetteer.place(word.text)
        or gazetteer.alias(whole)
        or gazetteer.known_kind(whole)
        or gazetteer.place(whole)
        or head_kind([t.text for t in rest])
    ):
        return False
    if len(rest) == 1 and is_acronym(rest[0].text) and fold(word.text).endswith(_ADJECTIVE_ENDINGS):
        return True  # "Eurosceptic SVP": an adjective before a party's initials
    common = english.common_word(word.text, word.lemma_)
    # A verb opening a sentence before a full name is the sentence's ("Trust Jo Marsh"),
    # even when it was once a given name; "Newt", "Mitt" are no verbs.
    if not common and not (opens_sentence(doc, i) and english.verb(word.text)):
        return False
    if label in ("PERSON", "UNK") and gazetteer.first_name(rest[0].text):
        # "Billionaire Jo Marsh"; before a lone given name only a common word ("Crooked Hillary").
        return len(rest) >= 2 or common
    if label != "PERSON" or not word.is_sent_start:
        return False
    return doc.text.count(rest.text) > 1 and doc.text.count(whole) == 1


def _agency_of_country(doc: Doc, start: int, end: int) -> bool:
    """A lone country name right after a capitalised common noun no entity holds."""
    prev = doc[start - 1] if start > 0 else None
    return (
        end - start == 1
        and prev is not None
        and not prev.ent_type_
        and prev.tag_ in ("NN", "NNS")
        and agency_words(prev.text, doc[start].text)
    )


def _is_determiner(doc: Doc, i: int) -> bool:
    """True for an article, demonstrative or possessive determiner ("the", "this", "her")."""
    return doc[i].lower_ in ARTICLES or doc[i].tag_ in _DETERMINER_TAGS


def _name_then_the(doc: Doc, k: int) -> bool:
    """True when token ``k`` is "the" right after a capitalised word that is no preposition."""
    prev = doc[k - 1]
    return doc[k].lower_ == "the" and prev.text[:1].isupper() and prev.pos_ not in ("ADP", "CCONJ", "DET")


def _title_from_before(doc: Doc, start: int, end: int) -> int:
    """How many first words end a title begun before the span ("Secretary of" + "State Jo Marsh").

    All of them when the span is only that end ("Secretary of" + "State"): no name is left.
    """
    words = [t.text for t in doc[start:end]]
    for back in (2, 1):
        before = [t.text for t in doc[max(start - back, 0) : start]]
        for n in range(1, len(words) + 1):
            rest = doc[start + n : end]
            if (
                len(before) == back
                and is_title(" ".join(before + words[:n]))
                and (not rest or is_proper_run(rest))
            ):
                return n
    return 0


def _is_demonym_modifier(doc: Doc, start: int, end: int) -> bool:
    """True for a nationality adjective before a title or name ("Ukrainian President ...").

    Not before one common word that is no title: "Islamic State" is one name.
    """
    rest = " ".join(t.text for t in doc[start + 1 : end])
    one_word = end - start == 2 and english.common_word(rest) and not is_title(rest)
    return (
        not one_word
        and is_demonym(doc[start].text)
        and gazetteer.country(doc[start:end].text) is None  # "Czech Republic" is one name
        and gazetteer.country(rest) is None
        and gazetteer.alias(rest) is None
        and not head_kind([t.text for t in doc[start + 1 : end]])
    )


def score_at(doc: Doc, i: int, end: int) -> int:
    """How many tokens (one to three) a match score starting at token ``i`` takes, else 0."""
    for n in (1, 3):
        if i + n <= end and SCORE.fullmatch(doc[i : i + n].text):
            return n
    return 0

"""Mentions of the corpus graph: every named mention, and the words naming an unnamed speaker.

A group speaker without a name ("some military experts", "an official") has a page for its
claims; the words that name it are its mentions, so no page says "0 mentions". Where those
words hold a named mention ("Moscow's proxies"), they come after the article's other
mentions: the article's text links the name inside, and the group's page still lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from generator.analyse.lexicon import kinds, lists
from generator.analyse.lexicon.text import fold
from generator.analyse.segment import sentence_at
from generator.model import Analysis, Article, Mention, Span

#: Words that open an unnamed speaker's words and make them one indefinite someone.
_INDEFINITE = frozenset({"a", "an", "another", "one"})
#: Words that open a definite description ("the senator").
_DEFINITE = frozenset({"the", "this", "that"})
#: Possessive pronouns: before one noun ("her husband", "His campaign") they name one
#: particular someone of the article, no group.
_OWNERS = frozenset({"his", "her", "its", "their", "my", "our", "your"})
#: Marks around a word of the speaker's words.
_MARKS = ".,;:!?\"'“”‘’()"


def speaker_page(label: str) -> bool:
    """True when an unnamed speaker's words may have a page ("some military experts").

    Not a poll's share ("22 percent of voters", ``entity_share_words.txt``), not a lone
    pronoun ("their", "this"), not words holding a day or month (the words ran
    on: "the city's new mayor on Tuesday"), not "a"/"an" before anything but a person
    ("an official", "a source": the titles and ``entity_speaker_nouns.txt``; not "An early
    tweet"), and not "the" before one person's title nor "his" or "her" before one noun
    ("the senator", "her husband": one particular someone the article knows, no group),
    and not words that break off (a preposition, determiner or conjunction last, a bracket
    left open). Nor a bare description ("the businessman", "the statement", "rampant
    xenophobe"), nor a document ("Axelrod's memoir", "exit polls"): see :func:`_bare`, :func:`_document`.
    """
    words = [w.strip(_MARKS) for w in label.split()]
    if any(w[:1].isdigit() and w.endswith("%") for w in words):
        return False  # a poll's share ("42% of Ohioans"), no group
    words = [fold(w) for w in words if w]
    if any(w in lists.words("entity_share_words.txt") for w in words):
        return False  # "22 percent", "45 percent of registered voters"
    if not words or any(w in lists.words("entity_calendar_words.txt") for w in words):
        return False
    if words[-1] in lists.words("entity_open_endings.txt") or label.count("(") != label.count(")"):
        return False  # the words broke off: "3 percent of", "violence with his", "29 percent (and"
    raw = [w.strip(_MARKS) for w in label.split() if w.strip(_MARKS)]
    if _document(raw):
        return False
    if len(words) == 1:
        return words[0].endswith("s") and len(words[0]) > len("theirs")
    head = words[-1]
    person = kinds.is_title(" ".join(words[1:])) or kinds.is_title(head)
    if words[0] in _OWNERS:
        return head.endswith("s") and not head.endswith("ss")
    if words[0] in _INDEFINITE:
        return person or kinds.cites_a_person(head)
    return not (words[0] in _DEFINITE and person) and not _bare(raw)


def indefinite(label: str) -> bool:
    """True for an indefinite someone ("a source", "an official"): no one the next article means."""
    words = label.split()
    return bool(words) and fold(words[0].strip(_MARKS)) in _INDEFINITE


def _document(raw: Sequence[str]) -> bool:
    """True when the words name a document ("the congressional report", "Axelrod's memoir", "exit polls").

    A document is no actor, whoever owns it: its words are its author's. The head is the
    last word before a preposition ("reports of the committee"), singular or plural, in lower
    case unless it opens the words ("The Post" is a newspaper's name; "Polls show").
    """
    words = [fold(w) for w in raw]
    opens = lists.words("entity_open_endings.txt")
    k = next((k for k, w in enumerate(words) if k and w in opens), len(words))
    head = words[k - 1]
    nouns = lists.words("entity_document_nouns.txt") | lists.words("claim_document_nouns.txt")
    return (k == 1 or raw[k - 1].islower()) and (head in nouns or (head.endswith("s") and head[:-1] in nouns))


def _bare(raw: Sequence[str]) -> bool:
    """True for a bare singular description: "the businessman", "The poll", "rampant xenophobe".

    With no name, possessive or qualifier in it, a description points back to someone or
    something the article knows: a page for it would pull together every article's
    "businessman". A plural ("the protesters") is a group, and a qualified description
    ("the crowd in the square", "the country's military") says whom it means.
    """
    rest = raw[1:] if fold(raw[0]) in _DEFINITE else raw
    return (
        bool(rest)
        and all(w.replace("-", "").isalpha() and w.islower() for w in rest)
        and not any(fold(w) in lists.words("entity_open_endings.txt") for w in rest)
        and not _plural(fold(rest[-1]))
    )


def _plural(word: str) -> bool:
    """True for a plural noun: an "-s" that is no "-ss" ("experts"), or a listed one ("women")."""
    return (word.endswith("s") and not word.endswith("ss")) or word in lists.words("entity_plural_nouns.txt")


def mentions(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    cluster_group: dict[tuple[int, int], str],
    entity_of: dict[str, str],
    label_key: Callable[[str, int], str | None],
) -> tuple[Mention, ...]:
    """Every mention, attached to its entity and sentence, in each article's reading order."""
    out: list[Mention] = []
    for a_index, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        named: list[Mention] = []
        for m in analysis.mentions:
            key = cluster_group.get((a_index, m.cluster))
            if key is None:
                continue
            sentence = sentence_at(analysis.sentences, m.span.start)
            named.append(Mention(entity_of[key], article.id, m.span, sentence, m.role))
        alone, inside = _speaker_words(article, a_index, analysis, named, entity_of, label_key)
        out += sorted(named + alone, key=lambda m: (m.span.start, m.span.end)) + inside
    return tuple(out)


def _speaker_words(
    article: Article,
    a_index: int,
    analysis: Analysis,
    named: Sequence[Mention],
    entity_of: dict[str, str],
    label_key: Callable[[str, int], str | None],
) -> tuple[list[Mention], list[Mention]]:
    """Mentions of unnamed group speakers: those clear of named mentions, and those holding one."""
    alone: list[Mention] = []
    inside: list[Mention] = []
    seen: set[Span] = set()
    for claim in analysis.claims:
        if claim.speaker_cluster is not None or not claim.speaker_label or claim.speaker is None:
            continue
        key = label_key(claim.speaker_label, a_index)
        if key is None or key not in entity_of or claim.speaker in seen:
            continue
        seen.add(claim.speaker)
        sentence = sentence_at(analysis.sentences, claim.speaker.start)
        mention = Mention(entity_of[key], article.id, claim.speaker, sentence, "nominal")
        clear = not any(m.span.overlaps(claim.speaker) for m in named)
        (alone if clear else inside).append(mention)
    return alone, inside

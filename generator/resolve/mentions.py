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
_INDEFINITE = frozenset({"a", "an", "another"})
#: Words that open a definite description ("the senator").
_DEFINITE = frozenset({"the", "this", "that"})
#: Possessive pronouns: before one noun ("her husband", "His campaign") they name one
#: particular someone of the article, no group.
_OWNERS = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def speaker_page(label: str) -> bool:
    """True when an unnamed speaker's words may have a page ("some military experts").

    Not a poll's share ("22 percent of voters", ``entity_share_words.txt``), not a lone
    pronoun ("their", "this"), not words holding a day or month (the words ran
    on: "the city's new mayor on Tuesday"), not "a"/"an" before anything but a person
    ("an official", "a source": the titles and ``entity_speaker_nouns.txt``; not "An early
    tweet"), and not "the" before one person's title nor "his" or "her" before one noun
    ("the senator", "her husband": one particular someone the article knows, no group),
    and not words that break off (a preposition, determiner or conjunction last, a bracket
    left open).
    """
    words = [w.strip(".,;:!?\"'“”‘’()") for w in label.split()]
    if any(w[:1].isdigit() and w.endswith("%") for w in words):
        return False  # a poll's share ("42% of Ohioans"), no group
    words = [fold(w) for w in words if w]
    if any(w in lists.words("entity_share_words.txt") for w in words):
        return False  # "22 percent", "45 percent of registered voters"
    if not words or any(w in lists.words("entity_calendar_words.txt") for w in words):
        return False
    if words[-1] in lists.words("entity_open_endings.txt") or label.count("(") != label.count(")"):
        return False  # the words broke off: "3 percent of", "violence with his", "29 percent (and"
    if len(words) == 1:
        return words[0].endswith("s") and len(words[0]) > len("theirs")
    head = words[-1]
    person = kinds.is_title(" ".join(words[1:])) or kinds.is_title(head)
    if words[0] in _OWNERS:
        return head.endswith("s") and not head.endswith("ss")
    if words[0] in _INDEFINITE:
        return person or kinds.cites_a_person(head)
    return not (words[0] in _DEFINITE and person)


def mentions(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    cluster_group: dict[tuple[int, int], str],
    entity_of: dict[str, str],
    label_key: Callable[[str], str | None],
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
        alone, inside = _speaker_words(article, analysis, named, entity_of, label_key)
        out += sorted(named + alone, key=lambda m: (m.span.start, m.span.end)) + inside
    return tuple(out)


def _speaker_words(
    article: Article,
    analysis: Analysis,
    named: Sequence[Mention],
    entity_of: dict[str, str],
    label_key: Callable[[str], str | None],
) -> tuple[list[Mention], list[Mention]]:
    """Mentions of unnamed group speakers: those clear of named mentions, and those holding one."""
    alone: list[Mention] = []
    inside: list[Mention] = []
    seen: set[Span] = set()
    for claim in analysis.claims:
        if claim.speaker_cluster is not None or not claim.speaker_label or claim.speaker is None:
            continue
        key = label_key(claim.speaker_label)
        if key is None or key not in entity_of or claim.speaker in seen:
            continue
        seen.add(claim.speaker)
        sentence = sentence_at(analysis.sentences, claim.speaker.start)
        mention = Mention(entity_of[key], article.id, claim.speaker, sentence, "nominal")
        clear = not any(m.span.overlaps(claim.speaker) for m in named)
        (alone if clear else inside).append(mention)
    return alone, inside

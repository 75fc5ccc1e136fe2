"""The typed, frozen model shared by every stage.

Two layers:

* *Analysis* records (``Paragraph``, ``Sentence``, ``MentionFound``, ``ClaimFound``,
  ``Analysis``) describe one article on its own. They hold only character offsets,
  strings and numbers, so that they can be cached as JSON and compared in tests.
* *Graph* records (``Entity``, ``Mention``, ``Claim``, ``Graph``) are the resolved
  corpus: entities merged across articles, with stable ids, ready to render.

All offsets are Python ``str`` indices into ``Article.text``, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["person", "organization", "country", "region", "group"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("person", "organization", "country", "region", "group")
#: Kinds shown as "actors"; regions get their own index.
ACTOR_KINDS: frozenset[str] = frozenset({"person", "organization", "country", "group"})

MentionRole = Literal["name", "epithet", "pronoun", "nominal"]
ClaimKind = Literal["direct", "indirect"]


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` in an article's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class ArticleMeta:
    """Metadata from an article's optional sidecar ``<name>.yml``."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None  #: ISO date, ``YYYY-MM-DD``
    licence: str | None = None
    slug: str | None = None  #: overrides the slug derived from the file name


@dataclass(frozen=True)
class Article:
    """One input article, as read from ``seeds/``."""

    id: str  #: stable slug, from the file name (or the sidecar's ``slug``)
    source: str  #: path relative to the project, e.g. ``seeds/000_x.txt``
    text: str  #: the text as read: BOM removed, newlines normalised to ``\n``
    title: str  #: sidecar title, else derived from the text
    meta: ArticleMeta = field(default_factory=ArticleMeta)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: one non-blank line of the article, trimmed."""

    index: int
    span: Span
    anchor: str  #: stable HTML id, derived from the paragraph's text


@dataclass(frozen=True)
class Sentence:
    """A sentence; never crosses a paragraph boundary."""

    index: int
    paragraph: int
    span: Span
    anchor: str  #: stable HTML id, derived from the sentence's text


@dataclass(frozen=True)
class MentionFound:
    """A mention of an entity found in one article, before cross-article resolution."""

    span: Span  #: the words in the text ("Ukraine's president Volodymyr Zelenski" -> the name part)
    kind: EntityKind
    name: str  #: normalised name used to merge mentions ("Volodymyr Zelenski"); for
    #: pronouns and epithets, the name of the entity they stand for
    role: MentionRole = "name"
    cluster: int = -1  #: index of the in-article entity cluster; same cluster, same entity


@dataclass(frozen=True)
class ClaimFound:
    """A claim found in one article: a direct quote or reported speech."""

    span: Span  #: inside the quote marks (direct) or the reported clause (indirect)
    kind: ClaimKind
    sentence: int  #: index of the sentence holding the claim's start
    cue: Span | None = None  #: the reporting verb ("said", "told", "claimed")
    speaker: Span | None = None  #: the words that name the speaker here ("he", "Biden")
    speaker_cluster: int | None = None  #: the in-article cluster the speaker resolves to
    speaker_label: str | None = None  #: for unnamed group speakers ("military experts")
    topics: tuple[str, ...] = ()  #: lemmas that say what the claim is about
    part_of: int | None = None  #: index of the claim this one continues (multi-paragraph quote)


@dataclass(frozen=True)
class Analysis:
    """Everything the NLP stage learned about one article. Cacheable as JSON."""

    article: str  #: Article.id
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[MentionFound, ...]
    claims: tuple[ClaimFound, ...]


# ---------------------------------------------------------------- resolved graph


@dataclass(frozen=True)
class Mention:
    """A resolved mention: where an entity is named in an article."""

    entity: str  #: Entity.id
    article: str  #: Article.id
    span: Span
    sentence: int
    role: MentionRole


@dataclass(frozen=True)
class Entity:
    """One actor or region, merged across articles and the register."""

    id: str  #: stable slug; the page lives at ``entities/<id>/``
    kind: EntityKind
    name: str  #: canonical display name
    aliases: tuple[str, ...]  #: other spellings seen or registered, sorted
    description: str | None = None
    wikidata: str | None = None
    epithets: tuple[str, ...] = ()  #: the articles' own characterisations ("the tyrant")
    #: names joined automatically from other articles: (name, article id, reason), sorted;
    #: the register's ``separate`` undoes one
    joined: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class Claim:
    """A resolved claim with a stable id."""

    id: str  #: stable slug; the page lives at ``claims/<id>/``
    article: str
    span: Span
    kind: ClaimKind
    sentence: int
    cue: Span | None
    speaker: str | None  #: Entity.id
    speaker_span: Span | None
    about: tuple[str, ...]  #: Entity ids the claim mentions, in order of first mention
    topics: tuple[str, ...]
    parts: tuple[Span, ...] = ()  #: for a quote over several paragraphs, every part in order


@dataclass(frozen=True)
class Graph:
    """The whole corpus, resolved: what the renderer reads."""

    articles: tuple[Article, ...]
    analyses: tuple[Analysis, ...]  #: same order as ``articles``
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    claims: tuple[Claim, ...]

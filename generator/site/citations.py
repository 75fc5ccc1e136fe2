"""Footnotes that quote the exact source words and link to the sentence they come from.

A page context holds ``Note`` values (what is cited, and the note's text); numbers are
given only when the page is rendered (``Footnotes``), in the order the reader meets the
references, so numbering happens once and needs no pass over the rendered text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from markupsafe import Markup

from generator.model import Span
from generator.site.markup import escape, link
from generator.site.wording import WHERE_CITED


@dataclass(frozen=True)
class Source:
    """What a page needs to know about an article to cite it."""

    id: str
    title: str
    page: str  #: docs-relative path of the article page
    text: str
    sentence_starts: tuple[int, ...]  #: start offset of each sentence, for lookup
    sentence_anchors: tuple[str, ...]
    sentence_paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class Note:
    """One footnote, not yet numbered: the same words cited twice are one note."""

    key: tuple[str, int, int]  #: (article, start, end) of the cited words
    text: Markup  #: the definition: “exact words” — link to the sentence


@dataclass(frozen=True)
class Citations:
    """Makes the notes of one page: quotes linked from ``page`` to their sentences."""

    page: str  #: docs-relative path of the page being written
    sources: dict[str, Source]

    def cite(self, article: str, span: Span) -> Note:
        """The note quoting ``span`` of ``article``."""
        source = self.sources[article]
        index = _sentence_index(source, span.start)
        words = escape(span.slice(source.text))
        quote = Markup(
            f'<q class="source-quote" data-article="{source.id}" '
            f'data-start="{span.start}" data-end="{span.end}">{words}</q>'
        )
        where = WHERE_CITED.format(title=source.title, number=source.sentence_paragraphs[index] + 1)
        target = link(where, self.page, source.page, source.sentence_anchors[index])
        return Note((article, span.start, span.end), Markup(f"{quote} — {target}"))


@dataclass
class Footnotes:
    """The numbering of one page being rendered: the first note referenced is 1."""

    _number: dict[tuple[str, int, int], int] = field(default_factory=dict)
    _notes: list[Note] = field(default_factory=list)

    def ref(self, note: Note) -> Markup:
        """The reference ``[^n]``; a note met again keeps its number."""
        if note.key not in self._number:
            self._notes.append(note)
            self._number[note.key] = len(self._notes)
        return Markup(f"[^{self._number[note.key]}]")

    def definitions(self) -> list[Markup]:
        """``[^n]: ...`` for every note referenced so far, in number order."""
        return [Markup(f"[^{i}]: {note.text}") for i, note in enumerate(self._notes, start=1)]


def _sentence_index(source: Source, offset: int) -> int:
    """The sentence of ``source`` that holds ``offset``."""
    return max(bisect.bisect_right(source.sentence_starts, offset) - 1, 0)

"""Footnotes that quote the exact source words and link to the sentence they come from."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from markupsafe import Markup

from generator.site.markup import escape, link
from generator.model import Span


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


@dataclass
class Citations:
    """The footnotes of one page, numbered in order of first citation."""

    page: str  #: docs-relative path of the page being written
    sources: dict[str, Source]
    _index: dict[tuple[str, int, int], int] = field(default_factory=dict)
    _notes: list[Markup] = field(default_factory=list)

    def cite(self, article: str, span: Span) -> Markup:
        """A footnote reference quoting ``span``; the same words cited twice share one note."""
        key = (article, span.start, span.end)
        if key not in self._index:
            self._index[key] = len(self._notes) + 1
            self._notes.append(self._note(self.sources[article], span))
        return Markup(f"[^{self._index[key]}]")

    def definitions(self) -> list[Markup]:
        """The footnote definitions, ``[^n]: ...``, to place at the end of the page."""
        return [Markup(f"[^{i}]: {note}") for i, note in enumerate(self._notes, start=1)]

    def _note(self, source: Source, span: Span) -> Markup:
        """“exact words” — link to the sentence on the article page."""
        index = _sentence_index(source, span.start)
        words = escape(span.slice(source.text))
        quote = Markup(
            f'<q class="source-quote" data-article="{source.id}" '
            f'data-start="{span.start}" data-end="{span.end}">{words}</q>'
        )
        where = f"{source.title}, paragraph {source.sentence_paragraphs[index] + 1}"
        target = link(where, self.page, source.page, source.sentence_anchors[index])
        return Markup(f"{quote} — {target}")


def _sentence_index(source: Source, offset: int) -> int:
    """The sentence of ``source`` that holds ``offset``."""
    return max(bisect.bisect_right(source.sentence_starts, offset) - 1, 0)

"""Site-wide values: what every page may show beyond the graph (typed, frozen)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.read.glossary import Term
from generator.read.questions import Question

#: The site's name, as in ``mkdocs.yml``'s ``site_name``.
SITE_NAME = "Annotated news explainer"


@dataclass(frozen=True)
class Recorded:
    """One recorded line of the evaluation, numbers already formatted.

    A score line has precision, recall and F1; a corpus figure has a value and its target.
    """

    label: str
    support: int  #: how many gold items the line is measured on
    note: str = ""
    precision: str = "–"
    recall: str = "–"
    f1: str = "–"
    value: str = ""  #: a figure's value ("3 of 58", "1.2%")
    target: str = ""  #: a figure's target; empty for a score line


@dataclass(frozen=True)
class Table:
    """One table of the evaluation: score lines, or figures (``figures`` is then true)."""

    title: str
    rows: tuple[Recorded, ...]

    @property
    def figures(self) -> bool:
        """True for a table of figures with targets."""
        return bool(self.rows) and bool(self.rows[0].target)


@dataclass(frozen=True)
class Evaluation:
    """The recorded evaluation (``seeds/evaluation.json``), for the method page."""

    date: str
    command: str
    tables: tuple[Table, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evaluation:
        """The evaluation from the JSON ``generator evaluate --record`` writes."""
        return cls(
            date=str(data["date"]),
            command=str(data["command"]),
            tables=tuple(Table(str(t["title"]), _rows(t["rows"])) for t in data["tables"]),
        )


def _rows(rows: list[dict[str, Any]]) -> tuple[Recorded, ...]:
    """A recorded table's lines, scores or figures alike."""
    return tuple(Recorded(**row) for row in rows)


@dataclass(frozen=True)
class SiteValues:
    """Everything beyond the graph that pages show; the defaults make a plain site."""

    site_name: str = SITE_NAME
    site_url: str = ""  #: where the site is served (``site_url``): absolute URLs in the annotations
    model: str = "unknown model"  #: the spaCy model's name and version
    evaluation: Evaluation | None = None
    register_entries: int = 0
    glossary: tuple[Term, ...] = ()
    questions: tuple[Question, ...] = ()

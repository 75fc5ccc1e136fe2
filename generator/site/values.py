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
class Row:
    """One measured figure of the evaluation (numbers already formatted)."""

    label: str
    precision: str
    recall: str
    f1: str
    support: int
    note: str = ""


@dataclass(frozen=True)
class Figure:
    """One measured figure with its target (a corpus measure, not precision and recall)."""

    label: str
    value: str
    target: str
    support: int
    note: str = ""


@dataclass(frozen=True)
class Table:
    """One table of the evaluation: score rows, or figures (``figures`` is then true)."""

    title: str
    rows: tuple[Row, ...] | tuple[Figure, ...]

    @property
    def figures(self) -> bool:
        """True for a table of figures with targets."""
        return bool(self.rows) and isinstance(self.rows[0], Figure)


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


def _rows(rows: list[dict[str, Any]]) -> tuple[Row, ...] | tuple[Figure, ...]:
    """A recorded table's rows: figures when they carry a target, else scores."""
    if rows and "target" in rows[0]:
        return tuple(Figure(**row) for row in rows)
    return tuple(Row(**row) for row in rows)


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

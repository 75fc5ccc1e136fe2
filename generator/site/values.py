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
class Table:
    """One table of the evaluation."""

    title: str
    rows: tuple[Row, ...]


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
            tables=tuple(
                Table(str(t["title"]), tuple(Row(**row) for row in t["rows"])) for t in data["tables"]
            ),
        )


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

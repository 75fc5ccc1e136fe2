"""Measuring extraction against hand-made and published annotations.

Each corpus module exposes ``evaluate(path) -> list[Table]``; ``generator evaluate``
prints the tables. Scores match spans by overlap, not exact boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of a score table."""

    label: str  #: what is measured ("quotes", "quote + speaker")
    precision: float | None
    recall: float | None
    f1: float | None
    support: int  #: how many gold items were scored
    note: str = ""


@dataclass(frozen=True)
class Figure:
    """One measured figure with its target, for measures that are not precision and recall."""

    label: str
    value: str  #: already formatted ("3 of 58", "1.2%")
    target: str
    support: int
    note: str = ""


@dataclass(frozen=True)
class Table:
    """A titled group of rows for one corpus: score rows, or figures."""

    title: str
    rows: tuple[Row, ...] | tuple[Figure, ...]


def prf(true_pos_pred: int, n_pred: int, true_pos_gold: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; matched predictions and matched gold counted separately."""
    p = true_pos_pred / n_pred if n_pred else 0.0
    r = true_pos_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def format_tables(tables: list[Table]) -> str:
    """Plain-text rendering of tables, one block per corpus."""
    lines = []
    for table in tables:
        lines.append(table.title)
        if table.rows and isinstance(table.rows[0], Figure):
            lines.append(f"  {'measure':<50} {'value':>10} {'target':>10} {'n':>6}  note")
            lines += [
                f"  {r.label:<50} {r.value:>10} {r.target:>10} {r.support:>6}  {r.note}".rstrip()
                for r in table.rows
                if isinstance(r, Figure)
            ]
            lines.append("")
            continue
        lines.append(f"  {'measure':<34} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}  note")
        for row in table.rows:
            if isinstance(row, Figure):
                continue
            cells = [
                f"{v:6.3f}" if v is not None else f"{'-':>6}" for v in (row.precision, row.recall, row.f1)
            ]
            lines.append(f"  {row.label:<34} {' '.join(cells)} {row.support:>6}  {row.note}".rstrip())
        lines.append("")
    return "\n".join(lines)


@dataclass
class Counts:
    """The one precision/recall counter: matched predictions and matched gold, counted apart."""

    pred_right: int = 0  #: predictions that match a gold item
    pred: int = 0  #: all predictions
    gold_found: int = 0  #: gold items that some prediction matches
    gold: int = 0  #: all gold items

    def row(self, label: str, note: str = "") -> Row:
        """The score row for these counts."""
        p, r, f = prf(self.pred_right, self.pred, self.gold_found, self.gold)
        return Row(label, p, r, f, self.gold, note)

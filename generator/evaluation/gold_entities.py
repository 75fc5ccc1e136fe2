"""Entity mentions and clusters scored against hand-made gold files (``tests/gold``).

A gold file ``<article>.entities.json`` lists every entity of one seed article, written by
hand from the text: canonical name, kind, spellings, epithets, and every mention's offsets
and text. Entities marked ``optional`` (unnamed groups) count neither for recall nor
against precision. Scores, matching spans by overlap:

* mentions, right kind: a gold mention is found when a predicted mention overlaps it with
  the gold kind; a prediction is right when it overlaps a gold mention of its kind;
* epithets: a gold epithet is found when a predicted epithet overlaps it and carries the
  cluster where most of the entity's names landed;
* entities in one cluster: the found names of a gold entity all share one cluster;
* clusters pure: a predicted cluster's mentions all belong to one gold entity.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.evaluation import Row, Table, format_tables, prf
from generator.model import MentionFound, Span

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT / "tests" / "gold" / "000_f735f376e7293dd6.entities.json"


@dataclass(frozen=True)
class GoldMention:
    """One hand-marked mention."""

    entity: int  #: index of its entity in the gold file
    span: Span
    kind: str
    role: str
    optional: bool


def load(path: Path) -> tuple[dict[str, Any], list[GoldMention]]:
    """The gold file's JSON and its mentions, flattened."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    mentions = [
        GoldMention(i, Span(m["start"], m["end"]), e["kind"], m["role"], bool(e["optional"]))
        for i, e in enumerate(data["entities"])
        for m in e["mentions"]
    ]
    return data, mentions


def evaluate(path: Path | None = None, verbose: bool = False) -> list[Table]:
    """Score the pipeline on each gold file (a file, or a folder of ``*.entities.json``)."""
    path = path or DEFAULT
    files = sorted(path.glob("*.entities.json")) if path.is_dir() else [path]
    return [_evaluate_file(f, verbose) for f in files]


def _evaluate_file(path: Path, verbose: bool) -> Table:
    """One gold file's table (and its failures printed when ``verbose``)."""
    data, gold = load(path)
    text = (ROOT / data["source"]).read_text(encoding="utf-8")
    predicted = _predict(text)
    failures: list[str] = []
    rows = [
        _mention_row(text, gold, predicted, failures),
        _epithet_row(text, data, gold, predicted, failures),
        *_cluster_rows(text, data, gold, predicted, failures),
    ]
    if verbose:
        print("\n".join(failures))
    return Table(f"Gold entities: {data['article']}", tuple(rows))


def _predict(text: str) -> list[MentionFound]:
    """Our mentions for the article text."""
    from generator.analyse import entities, nlp, segment

    doc = nlp.load()(text)
    paras = segment.paragraphs(text)
    return list(entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras)))


def _mention_row(
    text: str, gold: list[GoldMention], predicted: list[MentionFound], failures: list[str]
) -> Row:
    """Names and epithets found with the right kind, and predictions that are right."""
    required = [g for g in gold if not g.optional]
    found = 0
    for g in required:
        hits = [p for p in predicted if p.span.overlaps(g.span)]
        if any(p.kind == g.kind for p in hits):
            found += 1
        else:
            got = ", ".join(f"{p.kind} {p.span.slice(text)!r}" for p in hits) or "nothing"
            failures.append(f"missed {g.kind} {g.span.slice(text)!r} at {g.span.start}: got {got}")
    right, counted = 0, 0
    for p in predicted:
        under = [g for g in gold if g.span.overlaps(p.span)]
        if under and all(g.optional for g in under):
            continue  # a prediction on an optional group is neither right nor wrong
        counted += 1
        if any(g.kind == p.kind for g in under):
            right += 1
        else:
            failures.append(f"wrong {p.kind} {p.span.slice(text)!r} at {p.span.start} ({p.role})")
    pr, rc, f1 = prf(right, counted, found, len(required))
    return Row("mentions, right kind", pr, rc, f1, len(required))


def _majority_cluster(entity: int, gold: list[GoldMention], predicted: list[MentionFound]) -> int:
    """The predicted cluster holding most of an entity's found name mentions (-1 if none)."""
    votes: Counter[int] = Counter()
    for g in gold:
        if g.entity == entity and g.role == "name":
            votes.update(p.cluster for p in predicted if p.span.overlaps(g.span) and p.role == "name")
    return min(votes, key=lambda c: (-votes[c], c)) if votes else -1


def _epithet_row(
    text: str,
    data: dict[str, Any],
    gold: list[GoldMention],
    predicted: list[MentionFound],
    failures: list[str],
) -> Row:
    """Epithets found and resolved to their entity's cluster."""
    epithets = [g for g in gold if g.role == "epithet"]
    found = 0
    for g in epithets:
        want = _majority_cluster(g.entity, gold, predicted)
        ok = any(p.span.overlaps(g.span) and p.role == "epithet" and p.cluster == want for p in predicted)
        found += ok
        if not ok:
            name = data["entities"][g.entity]["name"]
            failures.append(f"epithet {g.span.slice(text)!r} not resolved to {name}")
    guesses = [p for p in predicted if p.role == "epithet"]
    right = sum(any(g.span.overlaps(p.span) for g in epithets) for p in guesses)
    pr, rc, f1 = prf(right, len(guesses), found, len(epithets))
    return Row("epithets, resolved", pr, rc, f1, len(epithets))


def _cluster_rows(
    text: str,
    data: dict[str, Any],
    gold: list[GoldMention],
    predicted: list[MentionFound],
    failures: list[str],
) -> list[Row]:
    """Each entity in exactly one cluster; each cluster holding one entity."""
    clusters_of: dict[int, set[int]] = {}
    entities_of: dict[int, set[int]] = {}
    for g in gold:
        if g.optional:
            continue
        for p in predicted:
            if p.span.overlaps(g.span):
                clusters_of.setdefault(g.entity, set()).add(p.cluster)
                entities_of.setdefault(p.cluster, set()).add(g.entity)
    whole = 0
    for entity, clusters in sorted(clusters_of.items()):
        whole += len(clusters) == 1
        if len(clusters) > 1:
            failures.append(f"split {data['entities'][entity]['name']!r} over clusters {sorted(clusters)}")
    pure = 0
    for cluster, ents in sorted(entities_of.items()):
        pure += len(ents) == 1
        if len(ents) > 1:
            names = sorted(data["entities"][e]["name"] for e in ents)
            failures.append(f"cluster {cluster} merges {names}")
    n_ent, n_cl = len(clusters_of), len(entities_of)
    return [
        Row("entities in exactly one cluster", None, whole / n_ent if n_ent else None, None, n_ent),
        Row("clusters holding one entity", pure / n_cl if n_cl else None, None, None, n_cl),
    ]


def main(argv: Sequence[str]) -> None:
    """``python -m generator.evaluation.gold_entities [FILE|FOLDER] [-v]``."""
    args = [a for a in argv if a != "-v"]
    print(format_tables(evaluate(Path(args[0]) if args else None, verbose="-v" in argv)))


if __name__ == "__main__":
    main(sys.argv[1:])

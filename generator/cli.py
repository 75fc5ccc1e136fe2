"""The command line: ``python -m generator build|evaluate``; a thin layer over the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.errors import BuildError


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the command, report input errors without a traceback."""
    args = _parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    """The argument parser with its subcommands."""
    parser = argparse.ArgumentParser(prog="explainer", description="Build an annotated explainer site.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    build = sub.add_parser("build", help="generate Markdown pages and the JSON export into docs/")
    build.add_argument("--seeds", type=Path, default=Path("seeds"), help="articles folder (default: seeds)")
    build.add_argument("--docs", type=Path, default=Path("docs"), help="output folder (default: docs)")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    build.set_defaults(func=_build)
    evaluate = sub.add_parser("evaluate", help="measure extraction against annotated corpora")
    evaluate.add_argument("--polnear", type=Path, help="PolNeAR dev folder (quotes and speakers)")
    evaluate.add_argument("--gum", type=Path, help="GUM news folder (entities)")
    evaluate.add_argument("--no-gold", action="store_true", help="skip the hand-annotated first article")
    evaluate.add_argument("--record", type=Path, help="also save the tables as JSON for the methods page")
    evaluate.set_defaults(func=_evaluate)
    return parser


def _build(args: argparse.Namespace) -> int:
    """Run a build and print what it did."""
    from generator.build import build

    result = build(args.seeds, args.docs)
    if not args.quiet:
        g = result.graph
        print(
            f"{len(g.articles)} articles, {len(g.entities)} entities, {len(g.claims)} claims; "
            f"{result.written} files written, {result.unchanged} unchanged, {result.deleted} deleted"
        )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    """Run the evaluations asked for, print their tables, optionally record them."""
    import datetime
    import json
    from dataclasses import asdict

    from generator.evaluation import Table, format_tables, gold_claims, gold_entities, gum, polnear

    tables: list[Table] = []
    if not args.no_gold:
        tables += gold_entities.evaluate(None) + gold_claims.evaluate(None)
    for name, module, folder in (("--polnear", polnear, args.polnear), ("--gum", gum, args.gum)):
        if folder is None:
            continue
        if not folder.is_dir():
            raise BuildError(f"{name}: no such folder", path=folder)
        tables += module.evaluate(folder)
    print(format_tables(tables))
    if args.record:
        record = {
            "date": datetime.date.today().isoformat(),
            "command": "make evaluate",
            "tables": [{"title": t.title, "rows": [_rounded(asdict(r)) for r in t.rows]} for t in tables],
        }
        args.record.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
        print(f"recorded in {args.record}")
    return 0


def _rounded(row: dict[str, object]) -> dict[str, object]:
    """Scores to three decimals, as shown on the methods page."""
    return {k: (f"{v:.3f}" if isinstance(v, float) else "–" if v is None else v) for k, v in row.items()}

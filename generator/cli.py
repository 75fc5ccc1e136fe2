"""The command line: ``python -m generator build|evaluate``; a thin layer over the library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.errors import BuildError, warn


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
    build.add_argument("--cache", type=Path, help="analysis cache folder (default: .cache/analysis)")
    build.add_argument("--no-cache", action="store_true", help="analyse and render everything afresh")
    build.add_argument(
        "--site-url", help="the address the site is served at (default: site_url of mkdocs.yml)"
    )
    build.set_defaults(func=_build)
    site = sub.add_parser(
        "site", help="build site/ from docs/ (MkDocs, then the search index), only as needed"
    )
    site.add_argument(
        "--config", type=Path, default=Path("mkdocs.yml"), help="MkDocs config (default: mkdocs.yml)"
    )
    site.add_argument("--clean", action="store_true", help="build everything afresh")
    site.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    site.set_defaults(func=_site)
    links = sub.add_parser("check-links", help="check every link, anchor and footnote of a built site")
    links.add_argument("site", type=Path, nargs="?", default=Path("site"), help="built site (default: site)")
    links.add_argument(
        "--site-url", help="the address the site is served at (default: site_url of mkdocs.yml)"
    )
    links.add_argument(
        "--again", action="store_true", help="check even if the site is as a passing check left it"
    )
    links.set_defaults(func=_check_links)
    evaluate = sub.add_parser("evaluate", help="measure extraction against annotated corpora")
    evaluate.add_argument("--polnear", type=Path, help="PolNeAR dev folder (quotes and speakers)")
    evaluate.add_argument("--gum", type=Path, help="GUM news folder (entities)")
    evaluate.add_argument(
        "--corpus", type=Path, help="PolNeAR dev folder built as one corpus (one page per entity)"
    )
    evaluate.add_argument("--no-gold", action="store_true", help="skip the hand-annotated first article")
    evaluate.add_argument("--record", type=Path, help="also save the tables as JSON for the methods page")
    evaluate.set_defaults(func=_evaluate)
    return parser


def _build(args: argparse.Namespace) -> int:
    """Run a build and print what it did."""
    from generator.analyse import cache
    from generator.build import build
    from generator.progress import Progress

    folder = None if args.no_cache else args.cache or cache.DEFAULT_DIR
    site_url = args.site_url if args.site_url is not None else _site_url()
    progress = Progress.for_terminal(args.quiet)
    result = build(args.seeds, args.docs, cache=folder, progress=progress, site_url=site_url)
    summary = result.summary
    for warning in summary.unused:
        warn(warning)  # a register entry that matches nothing: the build still succeeds
    if not args.quiet:
        print(
            f"{summary.articles} articles, {summary.entities} entities, {summary.claims} claims; "
            f"{result.written} files written, {result.unchanged} unchanged, {result.deleted} deleted"
        )
        joined = summary.joined
        if joined:
            print(
                f"{joined} names joined automatically across articles: see 'joined' in "
                f"{args.docs / 'data' / 'explainer.json'}; undo one with 'separate:' in the register"
            )
    return 0


def _site(args: argparse.Namespace) -> int:
    """Build the site and say what was done."""
    from generator.mkdocs import sitebuild

    if not args.config.is_file():
        raise BuildError("no such MkDocs config", path=args.config, hint="run from the project folder")
    result = sitebuild.build_site(args.config, clean=args.clean)
    if not args.quiet:
        said = {"unchanged": "site unchanged", "dirty": "pages rebuilt", "clean": "pages built"}
        took = f" (MkDocs {result.mkdocs_seconds:.1f} s, Pagefind {result.pagefind_seconds:.1f} s)"
        print(f"{result.pages} {said[result.action]}{took}" if result.pages else said[result.action])
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    """Run the evaluations asked for, print their tables, optionally record them."""
    import datetime
    import json
    from dataclasses import asdict

    from generator.evaluation import Table, corpus, format_tables, gold_claims, gold_entities, gum, polnear

    tables: list[Table] = []
    if not args.no_gold:
        tables += gold_entities.evaluate(None) + gold_claims.evaluate(None)
    for name, module, folder in (
        ("--polnear", polnear, args.polnear),
        ("--gum", gum, args.gum),
        ("--corpus", corpus, args.corpus),
    ):
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


def _check_links(args: argparse.Namespace) -> int:
    """Report broken internal links, anchors and footnote quotes of a built site."""
    from generator.mkdocs import linkrecord, sitebuild

    if not (args.site / "data" / "explainer.json").is_file():
        raise BuildError(
            "not a built explainer site (no data/explainer.json)",
            path=args.site,
            hint="run `make site` first",
        )
    site_url = args.site_url if args.site_url is not None else _site_url()
    cache = None if args.again else sitebuild.DEFAULT_CACHE
    problems, skipped = linkrecord.check_once(args.site, site_url, cache)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s) in {args.site}" + (" (as at the last check)" if skipped else ""))
    return 1 if problems else 0


def _site_url() -> str:
    """``site_url`` as MkDocs reads it from mkdocs.yml (``!ENV`` included), else ``SITE_URL``.

    MkDocs' own YAML loader, without validating the rest of the config (``docs/`` may not
    exist yet); like MkDocs, the address gets a final slash.
    """
    import os

    if not Path("mkdocs.yml").is_file():
        url = os.environ.get("SITE_URL", "")
    else:
        from mkdocs.utils.yaml import yaml_load

        with Path("mkdocs.yml").open("rb") as handle:
            url = str(yaml_load(handle).get("site_url") or "")
    return url if not url or url.endswith("/") else url + "/"

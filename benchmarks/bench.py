"""Speed, memory and size figures for the generator, the site and its search; see benchmarks/README.md.

Usage: python benchmarks/bench.py --corpus ../shared/eval-data/polnear-dev [--sizes 100,1000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import queries  # noqa: E402
from benchmarks.measure import Run, mib, run  # noqa: E402
from generator.analyse import nlp  # noqa: E402
from generator.analyse import pipeline as analyse  # noqa: E402
from generator.model import Article  # noqa: E402

#: Characters the reader refuses (controls); some PolNeAR files hold a stray one.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


@dataclass
class Row:
    """One line of the results table."""

    figure: str
    value: str
    target: str = ""


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the table."""
    args = _parser().parse_args(argv)
    sources = sorted(args.corpus.glob("*.txt"))
    if not sources:
        print(f"error: no *.txt in {args.corpus}", file=sys.stderr)
        return 2
    sizes = sorted(int(s) for s in args.sizes.split(","))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="explainer-bench-") as tmp:
        work = Path(tmp)
        code = snapshot(work / "code")
        if not args.no_throughput:
            rows += throughput(corpus_texts(sources, args.sample), args.processes)
        per_article: dict[int, float] = {}
        for n in sizes:
            project = make_project(work / f"n{n}", corpus_texts(sources, n))
            rows += builds(project, code, n, per_article, site=not args.no_site)
            print_table(rows, sys.stderr)  # so far: a long run shows its figures as it goes
        if len(sizes) > 1:
            a, b = per_article[sizes[0]], per_article[sizes[-1]]
            rows.append(Row(f"time per article, {sizes[-1]} vs {sizes[0]}", f"{b / a:.2f}×", "≤ 1.20×"))
    print_table(rows)
    return 0


def _parser() -> argparse.ArgumentParser:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--corpus", type=Path, required=True, help="folder of real articles (*.txt)")
    p.add_argument("--sizes", default="100,300", help="corpus sizes to build (default: 100,300)")
    p.add_argument("--sample", type=int, default=100, help="articles for the throughput figures")
    p.add_argument("--processes", type=int, default=analyse.default_processes(), help="parsing processes")
    p.add_argument("--no-site", action="store_true", help="only the generator: no site build, no search")
    p.add_argument("--no-throughput", action="store_true", help="skip the words-per-second figures")
    return p


# ---------------------------------------------------------------- corpus


def corpus_texts(sources: Sequence[Path], n: int) -> list[str]:
    """``n`` texts from ``sources``, repeated as needed; each copy made distinct.

    A copy gets a last paragraph naming its number, so its text (and cache key) differs
    and a cold build really parses it; names and claims stay those of the original.
    """
    texts = []
    for i in range(n):
        text = _CONTROL.sub("", sources[i % len(sources)].read_text(encoding="utf-8"))
        copy = i // len(sources)
        texts.append(text if copy == 0 else f"{text.rstrip()}\n\nCopy {copy + 1}.\n")
    return texts


def make_project(folder: Path, texts: Sequence[str]) -> Path:
    """A project folder: the site config and seeds/ holding ``texts`` with sidecars."""
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    for i, text in enumerate(texts):
        (seeds / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        title = json.dumps(f"{text.split(chr(10), 1)[0][:80]} ({i + 1})")
        date = f"2016-{1 + i % 12:02d}-{1 + i % 28:02d}"
        (seeds / f"a{i:05d}.yml").write_text(f"title: {title}\ndate: {date}\n", encoding="utf-8")
    return folder


def snapshot(folder: Path) -> Path:
    """A copy of the generator and templates, so edits made during a long run change nothing."""
    ignore = shutil.ignore_patterns("__pycache__")
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, folder / name, ignore=ignore)
    return folder


# ---------------------------------------------------------------- measurements


def throughput(texts: Sequence[str], processes: int) -> list[Row]:
    """Words per second: raw spaCy and the generator's analysis stage, serial and parallel."""
    start = time.perf_counter()
    model = nlp.load()
    # One article first: the model and the generator's lexicons load once per process,
    # and are reported apart from the throughput.
    analyse.analyse_text("warm-up", texts[0], model)
    setup = time.perf_counter() - start
    words = sum(len(t.split()) for t in texts)
    articles = [Article(f"t{i}", f"t{i}.txt", t, f"t{i}") for i, t in enumerate(texts)]
    batch = analyse.PARALLEL_BATCH

    def raw(n: int) -> Callable[[], object]:
        if n > 1:
            return lambda: list(model.pipe(texts, n_process=n, batch_size=batch))
        return lambda: list(model.pipe(texts))

    def generator(n: int) -> Callable[[], object]:
        return lambda: analyse.analyse_all(articles, model, processes=n)

    rate = {}
    for name, fn in [
        ("raw spaCy, 1 process", raw(1)),
        ("generator analysis, 1 process", generator(1)),
        (f"raw spaCy, {processes} processes, batch {batch}", raw(processes)),
        (f"generator analysis, {processes} processes, batch {batch}", generator(processes)),
    ]:
        rate[name] = words / _timed(fn)
        print(f"  {name}: {rate[name]:,.0f} words/s", file=sys.stderr, flush=True)
    (raw1, gen1), (rawn, genn) = [(rate[a], rate[b]) for a, b in zip(*[iter(rate)] * 2, strict=True)]
    label = f"({len(texts)} articles, {words:,} words)"
    rows = [Row("one-time setup: model, lexicons, first article", f"{setup:.1f} s")]
    rows += [Row(f"{k} {label}", f"{v:,.0f} words/s") for k, v in rate.items()]
    rows.append(Row("generator / raw cost, 1 process", f"{raw1 / gen1:.2f}×", "≤ 1.30×"))
    rows.append(Row(f"generator / raw cost, {processes} processes", f"{rawn / genn:.2f}×", "≤ 1.30×"))
    rows.append(Row("parallel gain, generator analysis", f"{genn / gen1:.2f}×"))
    return rows


def builds(project: Path, code: Path, n: int, per_article: dict[int, float], *, site: bool) -> list[Row]:
    """``make site`` step by step, cold, with nothing changed, and after editing one article.

    ``make site`` runs three commands: the generator, the site build (MkDocs and Pagefind)
    and the link check; each is run as a maintainer runs it, from the code snapshot.
    """
    cache = project / "cache"
    steps = [("generator", _command("build", "--cache", str(cache)))]
    if site:
        steps += [("site build", _command("site")), ("link check", _command("check-links"))]
    cold = {name: run(command, project, _env(code)) for name, command in steps}
    entries = len(list(cache.glob("*.json")))
    same = {name: run(command, project, _env(code)) for name, command in steps}
    first = project / "seeds" / "a00000.txt"
    first.write_text(first.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    edit = {name: run(command, project, _env(code)) for name, command in steps}
    analysed = len(list(cache.glob("*.json"))) - entries
    per_article[n] = cold["generator"].seconds / n
    label = f"{n} articles"
    rows = [
        Row(
            f"{label}: generator cold",
            f"{cold['generator'].seconds:.1f} s ({1000 * per_article[n]:.0f} ms/article)",
        )
    ]
    rows += _three(label, "generator", cold["generator"], same["generator"], edit["generator"])
    rows[-1].value += f"; {analysed} analysed, {_said(edit['generator'])}"
    if site:
        rows += _three(label, "site build", cold["site build"], same["site build"], edit["site build"])
        rows[-1].value += f"; {edit['site build'].stdout.strip()}"
        rows += _three(label, "link check", cold["link check"], same["link check"], edit["link check"])
        whole = [Run(sum(r.seconds for r in runs.values()), 0, 0, "") for runs in (cold, same, edit)]
        rows += _three(label, "make site as a whole", *whole, targets=("≤ 2%", "≤ 10%"))
    for name in cold:
        rows.append(Row(f"{label}: {name} peak memory, cold", _memory(cold[name])))
    rows.append(Row(f"{label}: generator peak memory, one edit", _memory(edit["generator"])))
    if site:
        rows += site_figures(project / "site", label)
    print(f"  {label}: {[f'{k} {v.seconds:.1f} s' for k, v in cold.items()]}", file=sys.stderr, flush=True)
    return rows


def _three(
    label: str, name: str, cold: Run, same: Run, edit: Run, targets: tuple[str, str] = ("", "")
) -> list[Row]:
    """Cold, unchanged and one-edit times of a step, the latter two also as a share of cold."""
    return [
        Row(f"{label}: {name}, cold", f"{cold.seconds:.1f} s"),
        Row(
            f"{label}: {name}, nothing changed",
            f"{same.seconds:.2f} s = {same.seconds / cold.seconds:.1%} of cold",
            targets[0],
        ),
        Row(
            f"{label}: {name}, one article edited",
            f"{edit.seconds:.1f} s = {edit.seconds / cold.seconds:.1%} of cold",
            targets[1],
        ),
    ]


def site_figures(site: Path, label: str) -> list[Row]:
    """Pages, HTML per page, the search index on disk, and queries in Chromium."""
    pages = [p for p in site.rglob("*.html") if p.name == "index.html"]
    html_bytes = sum(p.stat().st_size for p in pages)
    size, files = queries.index_size(site)
    rows = [
        Row(f"{label}: pages", f"{len(pages):,}, {html_bytes / len(pages) / 1024:.1f} KB HTML per page"),
        Row(f"{label}: Pagefind index on disk", f"{size / 1e6:.1f} MB in {files:,} files"),
    ]
    export = json.loads((site / "data" / "explainer.json").read_text(encoding="utf-8"))
    for kind, f in queries.measure(site, queries.choose(export)).items():
        first, later = f["queries"]
        rows += [
            Row(
                f"{label}: {kind} “{first}”: first query",
                f"{f['first_ms']:.0f} ms{_spread(f['first_all'])}; top result: {f['top_kind']}",
                "≤ 300 ms",
            ),
            Row(
                f"{label}: {kind} “{later}”: later query",
                f"{f['later_ms']:.0f} ms{_spread(f['later_all'])}",
                "≤ 50 ms",
            ),
            Row(
                f"{label}: {kind}: typed, from the last key",
                f"first {f['typed_ms'][0]:.0f} ms, later {f['typed_ms'][1]:.0f} ms",
            ),
            Row(f"{label}: {kind} “{first}”: pasted before the engine has loaded", f"{f['cold_ms']:.0f} ms"),
            Row(f"{label}: {kind}: engine ready, from the page's start", f"{f['ready_ms']:.0f} ms"),
            Row(
                f"{label}: {kind}: fetched for the first query",
                f"{f['first_bytes'] / 1024:.0f} KB in {f['requests']} requests "
                f"({f['first_gzip'] / 1024:.0f} KB gzipped); later +{f['later_bytes'] / 1024:.0f} KB",
                "≤ 300 KB",
            ),
        ]
    return rows


def _spread(times: Sequence[float]) -> str:
    """' (median of 5: 41-63)': how many pages a median is of, and their range."""
    return f" (median of {len(times)}: {min(times):.0f}-{max(times):.0f})" if len(times) > 1 else ""


def _command(*args: str) -> list[str]:
    """A ``python -m generator`` command, run in the project folder as a maintainer runs it."""
    return [sys.executable, "-m", "generator", *args]


def _env(code: Path) -> dict[str, str]:
    """The environment of every step: the code snapshot, no progress bars."""
    return dict(os.environ, PYTHONPATH=str(code), CI="1", NO_MKDOCS_2_WARNING="1")


def _said(done: Run) -> str:
    """What the generator printed (its summary), or that it was quiet."""
    return done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "quiet"


def _memory(done: Run) -> str:
    """Peak memory of a step: all its processes at once, and the largest one."""
    return f"{mib(done.peak_tree)} (all processes), {mib(done.peak_process)} (largest)"


def _timed(fn: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def print_table(rows: Sequence[Row], out: TextIO = sys.stdout) -> None:
    """The results, one figure per line."""
    width = max(len(r.figure) for r in rows)
    vwidth = max(len(r.value) for r in rows)
    print(f"{'figure':<{width}}  {'measured':<{vwidth}}  target", file=out, flush=True)
    for r in rows:
        print(f"{r.figure:<{width}}  {r.value:<{vwidth}}  {r.target}", file=out, flush=True)


if __name__ == "__main__":
    raise SystemExit(main())

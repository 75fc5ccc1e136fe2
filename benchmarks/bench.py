"""Speed and size figures for the generator and the site; see benchmarks/README.md.

Usage: python benchmarks/bench.py --corpus ../shared/eval-data/polnear-dev [--sizes 100,1000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
        rows += throughput(corpus_texts(sources, args.sample), args.processes)
        per_article: dict[int, float] = {}
        for n in sizes:
            project = make_project(work / f"n{n}", corpus_texts(sources, n))
            rows += builds(project, code, n, per_article)
            if n == sizes[-1] and not args.no_mkdocs:
                rows += mkdocs(project, n)
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
    p.add_argument("--no-mkdocs", action="store_true", help="skip the MkDocs build")
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


def builds(project: Path, code: Path, n: int, per_article: dict[int, float]) -> list[Row]:
    """Cold build, rebuild with nothing changed, rebuild after editing one article."""
    cache = project / "cache"
    cold = _timed(lambda: _generate(project, code, cache))
    entries = len(list(cache.glob("*.json")))
    again = _timed(lambda: _generate(project, code, cache))
    first = project / "seeds" / "a00000.txt"
    first.write_text(first.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    changed = _timed(lambda: _generate(project, code, cache))
    new_entries = len(list(cache.glob("*.json"))) - entries
    per_article[n] = cold / n
    print(f"  {n} articles: cold {cold:.1f} s, rebuild {again:.2f} s", file=sys.stderr, flush=True)
    return [
        Row(f"{n} articles: cold build", f"{cold:.1f} s ({1000 * cold / n:.0f} ms/article)"),
        Row(f"{n} articles: rebuild, nothing changed", f"{again:.2f} s"),
        Row(f"{n} articles: cold / rebuild", f"{cold / again:.0f}×", "≥ 20×"),
        Row(f"{n} articles: rebuild, one article edited", f"{changed:.1f} s ({new_entries} analysed)", "1"),
    ]


def mkdocs(project: Path, n: int) -> list[Row]:
    """MkDocs build time, pages, HTML bytes per page, search index size."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [str(Path(sys.executable).parent / "mkdocs"), "build", "--quiet"]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return [Row(f"{n} articles: mkdocs build", f"failed: {done.stderr.strip()[-300:]}")]
    site = project / "site"
    pages = [p for p in site.rglob("*.html") if p.name == "index.html"]
    html_bytes = sum(p.stat().st_size for p in pages)
    index = (site / "search" / "search_index.json").read_bytes()
    without = _without_claims(index)
    return [
        Row(f"{n} articles: mkdocs build", f"{seconds:.1f} s"),
        Row(f"{n} articles: pages", f"{len(pages):,}"),
        Row(f"{n} articles: HTML per page (mean)", f"{html_bytes / len(pages) / 1024:.1f} KB"),
        Row(f"{n} articles: search index", _size(index), "≤ 1 MB gzipped"),
        Row(f"{n} articles: search index without claim pages", _size(without)),
    ]


def _without_claims(index: bytes) -> bytes:
    """The search index as it would be with claim pages excluded (the proposed fix)."""
    data = json.loads(index)
    data["docs"] = [d for d in data["docs"] if not d["location"].startswith("claims/")]
    return json.dumps(data, separators=(",", ":")).encode("utf-8")


def _size(data: bytes) -> str:
    """Raw and gzipped size in MB."""
    return f"{len(data) / 1e6:.1f} MB ({len(gzip.compress(data, 6)) / 1e6:.1f} MB gzipped)"


def _generate(project: Path, code: Path, cache: Path) -> None:
    """``python -m generator build`` on the project, as a maintainer runs it (from ``code``)."""
    env = dict(os.environ, PYTHONPATH=str(code), CI="1")
    command = [sys.executable, "-m", "generator", "build", "--quiet", "--cache", str(cache)]
    command += ["--seeds", str(project / "seeds"), "--docs", str(project / "docs")]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr}")


def _timed(fn: Callable[[], object]) -> float:
    """Wall-clock seconds of one call."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def print_table(rows: Sequence[Row]) -> None:
    """The results, one figure per line."""
    width = max(len(r.figure) for r in rows)
    vwidth = max(len(r.value) for r in rows)
    print(f"{'figure':<{width}}  {'measured':<{vwidth}}  target")
    for r in rows:
        print(f"{r.figure:<{width}}  {r.value:<{vwidth}}  {r.target}")


if __name__ == "__main__":
    raise SystemExit(main())

"""Direct quotes and their speakers, scored against PolNeAR (Newell et al., LREC 2018).

Reads ``<doc>.json`` files of a PolNeAR split as prepared in ``../shared/eval-data``
(see its README); the texts are copyrighted news, so they are read in place and
never copied into the project.

Definitions (spans match by overlap, never by exact boundaries):

* Gold quotes are the attributions with ``has_quote_marks``; a gold quote's content
  may be several spans, and may be a reported clause holding a quoted fragment.
* A direct claim is *right* when it overlaps the content of some gold quote. A
  direct claim overlapping no quote-marked content (a title, a scare quote the
  annotators left out, a transcript) is a false positive. Precision = right direct
  claims / all direct claims; recall = gold quotes overlapped by at least one direct
  claim / all gold quotes. The two are counted separately, so several claims on one
  gold quote (two sentences of one quote) are each right, and count once in recall.
* *Quote + speaker*: as above, but the claim must also have a speaker span that
  overlaps the gold quote's source span. A gold quote without a source can never be
  matched here. The "span or name" row also accepts a speaker whose entity name
  (the ``name`` of a mention in the speaker's cluster) shares a word of three or
  more letters with the gold source, for quotes that take their speaker from an
  earlier paragraph.
* Single quote marks: PolNeAR's ``has_quote_marks`` flags double marks only (``"``,
  curly doubles, ``''``); none of the dev split's 31 attributions quoted in single
  marks (headlines, mostly) is flagged. Claims in single marks are therefore left
  out of the main rows, and the "strict" row scores them too, as false positives
  unless they overlap flagged content. (On the dev split 8 of our 9 single-marked
  claims are quotes in the first line, the title, that PolNeAR does annotate as
  attributions, unflagged; a Title Case headline's quote the body quotes again is no claim.)
* *Reported speech* (for information): gold attributions without quote marks are
  found when an indirect claim overlaps their content; precision counts indirect
  claims that overlap the content of any gold attribution.

Run: ``python -m generator.evaluation.polnear [-v] [--cache FILE] ../shared/eval-data/polnear-dev``; ``-v``
lists every error first: FP (a claim on no quoted gold), FN (a gold quote missed), SPK
(a right quote whose speaker span misses the gold source).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.evaluation import Counts, Table, format_tables
from generator.model import Analysis, ClaimFound, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class _Gold:
    """One gold attribution, reduced to what is scored."""

    content: tuple[Span, ...]
    source: tuple[Span, ...]
    source_text: str
    quoted: bool


def evaluate(path: Path) -> list[Table]:
    """Score quotes, quote + speaker and reported speech on every document under ``path``."""
    tables, _ = evaluate_verbose(path)
    return tables


def evaluate_verbose(path: Path, parsed: list[Doc] | None = None) -> tuple[list[Table], list[str]]:
    """The score tables and one line per error; ``parsed`` reuses docs parsed earlier."""
    from generator.analyse import analyse_doc
    from generator.analyse import nlp as nlp_module

    docs = list(_documents(path))
    started = time.perf_counter()
    if parsed is None:
        parsed = list(nlp_module.load().pipe(d["text"] for d in docs))
    parse_seconds = time.perf_counter() - started
    quotes, speakers, named, reported = Counts(), Counts(), Counts(), Counts()
    strict, strict_speakers = Counts(), Counts()
    started = time.perf_counter()
    analyses = [analyse_doc(d["doc_id"], d["text"], doc) for d, doc in zip(docs, parsed, strict=True)]
    analyse_seconds = time.perf_counter() - started
    errors: list[str] = []
    for data, analysis in zip(docs, analyses, strict=True):
        gold = [_gold(a, data["text"]) for a in data["attributions"]]
        direct = [c for c in analysis.claims if c.kind == "direct"]
        double = [c for c in direct if not _single_quoted(c, data["text"])]
        _score_quotes(analysis, double, gold, quotes, speakers, named)
        _score_quotes(analysis, direct, gold, strict, strict_speakers, Counts())
        _score_reported(analysis, gold, reported)
        errors += _errors(data["doc_id"], data["text"], direct, gold)
    timing = f"spaCy {parse_seconds:.1f}s, analysis {analyse_seconds:.1f}s"
    rows = (
        quotes.row("quotes", f"{len(docs)} documents"),
        speakers.row("quote + speaker (span)"),
        named.row("quote + speaker (span or name)"),
        strict.row("quotes, single marks too (strict)"),
        strict_speakers.row("quote + speaker, single marks too"),
        reported.row("reported speech (no quote marks)", timing),
    )
    return [Table(f"PolNeAR ({path.name})", rows)], errors


def _documents(path: Path) -> Iterator[dict[str, Any]]:
    """The split's annotated documents, in file-name order."""
    for file in sorted(path.glob("*.json")):
        data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
        yield data


def _gold(item: dict[str, Any], text: str) -> _Gold:
    """One attribution from the corpus JSON."""
    content = tuple(Span(s["start"], s["end"]) for s in item["content"])
    source = tuple(Span(s["start"], s["end"]) for s in item["source"])
    return _Gold(content, source, " ".join(s.slice(text) for s in source), item["has_quote_marks"])


def _overlaps(span: Span, spans: tuple[Span, ...]) -> bool:
    """True when ``span`` overlaps any of ``spans``."""
    return any(span.overlaps(s) for s in spans)


def _speaker_right(claim: ClaimFound, gold: _Gold, names: dict[int, set[str]], by_name: bool) -> bool:
    """True when the claim's speaker span (or, if allowed, its entity name) matches the source."""
    if claim.speaker is not None and _overlaps(claim.speaker, gold.source):
        return True
    if not by_name or claim.speaker_cluster is None:
        return False
    source_words = {w.lower() for w in gold.source_text.replace("'s", " ").split() if len(w) > 2}
    return bool(source_words & names.get(claim.speaker_cluster, set()))


def _single_quoted(claim: ClaimFound, text: str) -> bool:
    """True when the claim's opening mark is a single quote mark (not ``''``)."""
    before = text[: claim.span.start].rstrip()
    return before[-1:] in {"'", "‘", "’"} and before[-2:] != "''"


def _score_quotes(
    analysis: Analysis,
    direct: list[ClaimFound],
    gold: list[_Gold],
    quotes: Counts,
    speakers: Counts,
    named: Counts,
) -> None:
    """Add one document's direct claims to the quote and quote + speaker counts."""
    names: dict[int, set[str]] = {}
    for mention in analysis.mentions:
        words = {w.lower() for w in mention.name.split() if len(w) > 2}
        names.setdefault(mention.cluster, set()).update(words)
    quoted = [g for g in gold if g.quoted]
    for counts, test in (
        (quotes, None),
        (speakers, False),
        (named, True),
    ):
        counts.pred += len(direct)
        counts.gold += len(quoted)

        def right(claim: ClaimFound, item: _Gold, by_name: bool | None = test) -> bool:
            """Overlap, and the speaker when this measure asks for it."""
            if not _overlaps(claim.span, item.content):
                return False
            return by_name is None or _speaker_right(claim, item, names, by_name)

        counts.pred_right += sum(any(right(c, g) for g in quoted) for c in direct)
        counts.gold_found += sum(any(right(c, g) for c in direct) for g in quoted)


def _errors(doc_id: str, text: str, direct: list[ClaimFound], gold: list[_Gold]) -> list[str]:
    """One line per wrong claim (FP), missed gold quote (FN) or wrong speaker (SPK)."""
    quoted = [g for g in gold if g.quoted]
    lines = []

    def show(span: Span | None) -> str:
        """A span's words on one line, shortened."""
        return " ".join(span.slice(text).split())[:70] if span is not None else "-"

    for claim in direct:
        hits = [g for g in quoted if _overlaps(claim.span, g.content)]
        if not hits:
            lines.append(f"FP  {doc_id[:40]} @{claim.span.start} [{show(claim.span)}]")
        elif not any(claim.speaker is not None and _overlaps(claim.speaker, g.source) for g in hits):
            want = " | ".join(g.source_text for g in hits) or "(no source)"
            lines.append(
                f"SPK {doc_id[:40]} @{claim.span.start} [{show(claim.span)}] "
                f"ours=<{show(claim.speaker)}> cue=<{show(claim.cue)}> gold=<{want}>"
            )
    for item in quoted:
        if not any(_overlaps(c.span, item.content) for c in direct):
            words = " ".join(show(s) for s in item.content)
            lines.append(f"FN  {doc_id[:40]} @{item.content[0].start} [{words}] gold=<{item.source_text}>")
    return lines


def _score_reported(analysis: Analysis, gold: list[_Gold], reported: Counts) -> None:
    """Add one document's indirect claims to the reported-speech counts."""
    indirect = [c for c in analysis.claims if c.kind == "indirect"]
    plain = [g for g in gold if not g.quoted]
    reported.pred += len(indirect)
    reported.pred_right += sum(any(_overlaps(c.span, g.content) for g in gold) for c in indirect)
    reported.gold += len(plain)
    reported.gold_found += sum(any(_overlaps(c.span, g.content) for c in indirect) for g in plain)


def main(argv: list[str]) -> None:
    """Print the scores; with ``-v``, every error line first; ``--cache FILE`` keeps the parses."""
    verbose = "-v" in argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    paths = [a for a in argv if a not in ("-v", "--cache") and (cache is None or a != str(cache))]
    path = Path(paths[0] if paths else "../shared/eval-data/polnear-dev")
    tables, errors = evaluate_verbose(path, _cached_parses(path, cache) if cache else None)
    if verbose:
        print("\n".join(sorted(errors)))
    print(format_tables(tables))


def _cached_parses(path: Path, cache: Path) -> list[Doc]:
    """The split's spaCy parses, read from ``cache`` or parsed once and written there.

    Tuning runs the analysis many times on the same texts; parsing is nine tenths of the
    time. The cache is keyed by nothing: delete it when the texts or the model change.
    """
    from spacy.tokens import DocBin

    from generator.analyse import nlp as nlp_module

    nlp = nlp_module.load()
    if cache.exists():
        return list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    docs = list(nlp.pipe(d["text"] for d in _documents(path)))
    store = DocBin(store_user_data=True)
    for doc in docs:
        store.add(doc)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(store.to_bytes())
    return docs


if __name__ == "__main__":
    main(sys.argv[1:])

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
* *Reported speech* (for information): gold attributions without quote marks are
  found when an indirect claim overlaps their content; precision counts indirect
  claims that overlap the content of any gold attribution.

Run: ``python -m generator.evaluation.polnear ../shared/eval-data/polnear-dev``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.evaluation import Row, Table, format_tables, prf
from generator.model import Analysis, ClaimFound, Span


@dataclass(frozen=True)
class _Gold:
    """One gold attribution, reduced to what is scored."""

    content: tuple[Span, ...]
    source: tuple[Span, ...]
    source_text: str
    quoted: bool


@dataclass
class _Counts:
    """Matched predictions and gold items for one measure."""

    pred_right: int = 0
    pred: int = 0
    gold_found: int = 0
    gold: int = 0

    def row(self, label: str, note: str = "") -> Row:
        """The score row for these counts."""
        p, r, f = prf(self.pred_right, self.pred, self.gold_found, self.gold)
        return Row(label, p, r, f, self.gold, note)


def evaluate(path: Path) -> list[Table]:
    """Score quotes, quote + speaker and reported speech on every document under ``path``."""
    from generator import nlp as nlp_module
    from generator.analyse import analyse_doc

    docs = list(_documents(path))
    nlp = nlp_module.load()
    started = time.perf_counter()
    parsed = list(nlp.pipe(d["text"] for d in docs))
    parse_seconds = time.perf_counter() - started
    quotes, speakers, named, reported = _Counts(), _Counts(), _Counts(), _Counts()
    started = time.perf_counter()
    analyses = [analyse_doc(d["doc_id"], d["text"], doc) for d, doc in zip(docs, parsed, strict=True)]
    analyse_seconds = time.perf_counter() - started
    for data, analysis in zip(docs, analyses, strict=True):
        gold = [_gold(a, data["text"]) for a in data["attributions"]]
        _score_quotes(analysis, gold, quotes, speakers, named)
        _score_reported(analysis, gold, reported)
    timing = f"spaCy {parse_seconds:.1f}s, analysis {analyse_seconds:.1f}s"
    rows = (
        quotes.row("quotes", f"{len(docs)} documents"),
        speakers.row("quote + speaker (span)"),
        named.row("quote + speaker (span or name)"),
        reported.row("reported speech (no quote marks)", timing),
    )
    return [Table(f"PolNeAR ({path.name})", rows)]


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


def _score_quotes(
    analysis: Analysis, gold: list[_Gold], quotes: _Counts, speakers: _Counts, named: _Counts
) -> None:
    """Add one document's direct claims to the quote and quote + speaker counts."""
    names: dict[int, set[str]] = {}
    for mention in analysis.mentions:
        words = {w.lower() for w in mention.name.split() if len(w) > 2}
        names.setdefault(mention.cluster, set()).update(words)
    direct = [c for c in analysis.claims if c.kind == "direct"]
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


def _score_reported(analysis: Analysis, gold: list[_Gold], reported: _Counts) -> None:
    """Add one document's indirect claims to the reported-speech counts."""
    indirect = [c for c in analysis.claims if c.kind == "indirect"]
    plain = [g for g in gold if not g.quoted]
    reported.pred += len(indirect)
    reported.pred_right += sum(any(_overlaps(c.span, g.content) for g in gold) for c in indirect)
    reported.gold += len(plain)
    reported.gold_found += sum(any(_overlaps(c.span, g.content) for c in indirect) for g in plain)


if __name__ == "__main__":
    print(format_tables(evaluate(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval-data/polnear-dev"))))

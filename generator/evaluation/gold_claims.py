"""Claims of the seed article, scored against a hand-made gold file.

``tests/gold/000_f735f376e7293dd6.claims.json`` was written by hand from the article
text: every direct quote (its words, the speaker's canonical name and the words
naming the speaker) and every reported clause (cue verb, speaker, clause).

Definitions (spans match by overlap):

* A direct claim is *right* when it overlaps a gold quote and its speaker is right;
  precision is over all our direct claims, recall over the gold quotes.
* The speaker is compared by the entity it resolves to, since entity resolution is
  another module's work: for a named gold speaker, some mention of the claim's
  ``speaker_cluster`` must carry a name whose last word matches the gold name's
  last word (loosely: "Zelenski" matches "Zelenskiy"). For an unnamed group
  ("Some military experts") the claim's speaker words must overlap the gold ones.
* A reported clause is *found* when an indirect claim overlaps it and the claim's
  cue overlaps the gold cue.
* Gold items marked ``"optional": true`` (debatable cases: negated reports, "could not
  verify", speech verbs with only a noun object) are neither required for recall nor
  counted against precision when a claim matches them.

Run: ``python -m generator.evaluation.gold_claims``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from generator.evaluation import Row, Table, format_tables, prf
from generator.model import Analysis, ClaimFound, Span

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "000_f735f376e7293dd6.claims.json"


def evaluate(path: Path | None = None) -> list[Table]:
    """Score the analysis of the gold file's article against the gold file."""
    from generator.analyse import analyse_text

    gold_path = path or GOLD
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    root = gold_path.resolve().parents[2]
    text = (root / gold["source"]).read_text(encoding="utf-8")
    analysis = analyse_text(gold["article"], text)
    return [Table(f"Seed article gold ({gold['article']})", score(analysis, gold))]


def score(analysis: Analysis, gold: dict[str, Any]) -> tuple[Row, ...]:
    """The score rows for one analysis against its gold entries."""
    names = _cluster_names(analysis)
    direct = [c for c in analysis.claims if c.kind == "direct"]
    indirect = [c for c in analysis.claims if c.kind == "indirect"]
    quotes, reported = gold["direct"], gold["reported"]

    def quote_right(claim: ClaimFound, item: dict[str, Any]) -> bool:
        """The claim overlaps the gold quote and names its speaker."""
        return claim.span.overlaps(_span(item)) and _speaker_right(claim, item, names)

    def clause_found(claim: ClaimFound, item: dict[str, Any]) -> bool:
        """The claim overlaps the gold clause and its cue."""
        cue = claim.cue
        return (
            claim.span.overlaps(_span(item["clause"]))
            and cue is not None
            and cue.overlaps(_span(item["cue"]))
        )

    rows = [
        _row("direct quotes", direct, quotes, lambda c, g: c.span.overlaps(_span(g))),
        _row("direct quotes + speaker", direct, quotes, quote_right),
        _row("reported speech", indirect, reported, clause_found),
        _row(
            "reported speech + speaker",
            indirect,
            reported,
            lambda c, g: clause_found(c, g) and _speaker_right(c, g, names),
        ),
    ]
    return tuple(rows)


def _row(label: str, claims: list[ClaimFound], items: list[dict[str, Any]], match: Any) -> Row:
    """One score row: claims matched over claims, required gold items found over them."""
    required = [g for g in items if not g.get("optional", False)]
    optional = [g for g in items if g.get("optional", False)]
    # A claim matching only an optional item is neither right nor wrong: leave it out.
    scored = [
        c for c in claims if any(match(c, g) for g in required) or not any(match(c, g) for g in optional)
    ]
    right = sum(any(match(c, g) for g in required) for c in scored)
    found = sum(any(match(c, g) for c in claims) for g in required)
    p, r, f = prf(right, len(scored), found, len(required))
    note = f"+{len(optional)} optional" if optional else ""
    return Row(label, p, r, f, len(required), note)


def _span(item: dict[str, Any]) -> Span:
    """The span of a gold ``{text, start, end}`` entry."""
    return Span(int(item["start"]), int(item["end"]))


def _cluster_names(analysis: Analysis) -> dict[int, set[str]]:
    """Every name the mentions of each cluster carry."""
    names: dict[int, set[str]] = {}
    for mention in analysis.mentions:
        names.setdefault(mention.cluster, set()).add(mention.name)
    return names


def _speaker_right(claim: ClaimFound, item: dict[str, Any], names: dict[int, set[str]]) -> bool:
    """True when the claim's speaker is the gold one: by entity name, or by words for groups."""
    if not item["named"]:
        return claim.speaker is not None and claim.speaker.overlaps(_span(item["speaker_words"]))
    if claim.speaker_cluster is None:
        return False
    return any(same_name(n, item["speaker"]) for n in names.get(claim.speaker_cluster, ()))


def same_name(a: str, b: str) -> bool:
    """Loose surname match: equal last words, or equal but for a last letter ("Zelenski")."""
    last_a = _last_word(a)
    last_b = _last_word(b)
    if not last_a or not last_b:
        return False
    if last_a == last_b:
        return True
    short, long = sorted((last_a, last_b), key=len)
    return len(short) >= 5 and long.startswith(short[:-1]) and len(long) - len(short) <= 1


def _last_word(name: str) -> str:
    """The name's last word, lower case, letters only."""
    words = ["".join(ch for ch in w if ch.isalpha()).lower() for w in name.split()]
    words = [w for w in words if w]
    return words[-1] if words else ""


if __name__ == "__main__":
    print(format_tables(evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else None)))

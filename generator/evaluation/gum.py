"""Entity mentions and in-article clusters scored against GUM news documents.

GUM (Zeldes 2017) marks every noun phrase, nested, with an entity type and, for named
entities, an English Wikipedia title (``identity``). Our mentions are names only, so we
score against the *name part* of each gold mention:

* **Gold named mention**: a mention with an ``identity`` and ``etype`` person,
  organization or place whose text contains a *name word*: a capitalised word that is
  also a word of the Wikipedia title (possessive and punctuation stripped, nationality
  adjectives excluded, "Afghan" in "all-girl Afghan team"), or an acronym of two or more
  capitals ("U.S.", "KPA"). "The President" (for Donald_Trump) or "the country" have none
  and are not scored: they are not names.
* **Name region**: from the first to the last name word of the mention ("Donald Trump's"
  in "U.S. President Donald Trump's"; "Hamdullah Mohib" in "Afghan Ambassador to the
  United States Hamdullah Mohib").
* **Embedded names** (a gold named mention whose name region lies inside the longer name
  region of another gold entity: "Indiana" in "University of Southern Indiana", "Andy
  Warhol" in "Andy Warhol Foundation") are scored in separate rows. Our mentions never
  nest, by design (each stretch of text links to one page), so these are out of reach.
* **Found with the right kind**: one of our mentions overlaps the name region and has the
  kind the gold type allows: person -> person, organization -> organization, place ->
  country or region. "Found" alone ignores the kind.
* **Country as organisation** (the "country as actor" row): GUM sometimes types a
  country's own entity as an organization where it acts ("North Korea fired shells",
  identity ``North_Korea``). Our kind "country" is exactly that actor (countries are actors,
  with their own pages), so this row also accepts country for a gold organization *whose
  Wikipedia identity is itself a country's article*. It does not accept country where
  GUM's identity is another entity named after a country (``Belgium_national_football_team``,
  ``Government_of_the_United_Kingdom``): there a country would be the wrong page. The main
  row stays strict.
* **Precision (lenient)**: share of our name mentions lying inside some gold mention of a
  type that allows our kind (GUM marks unlinked names too, so this is not restricted to
  gold named mentions; it is lenient because any enclosing phrase of that type counts).
* **Clusters**: each found gold named mention takes the cluster of the predicted mention
  overlapping its name region most. Over pairs of such mentions within a document:
  "same entity, same cluster" is the share of pairs with one Wikipedia identity that we put
  in one cluster; "different entities, different clusters" the share of pairs with two
  identities that we keep apart.

With ``-v`` the misses are listed (gold mentions not found or found with another kind, and
our mentions that the lenient precision counts wrong), to read, not to tune single words on.

The baseline rows score spaCy's own entities mapped to our kinds (PERSON -> person, ORG ->
organization, GPE -> country, LOC/FAC -> region) and clustered by identical text.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from generator.analyse import entities, segment
from generator.analyse.lexicon import kinds
from generator.analyse.lexicon.text import fold, strip_possessive
from generator.evaluation import Counts, Row, Table, format_tables, prf
from generator.model import EntityKind, MentionFound, Span

ALLOWED: dict[str, frozenset[str]] = {
    "person": frozenset({"person"}),
    "organization": frozenset({"organization"}),
    "place": frozenset({"country", "region"}),
}
_BASELINE: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "LOC": "region",
    "FAC": "region",
}
_TITLE_STOP = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "a"})
_WORD = re.compile(r"\S+")

Finder = Callable[[str], Sequence[MentionFound]]


@dataclass(frozen=True)
class Gold:
    """A gold named mention: its name region, type, identity and document."""

    doc: str
    region: Span
    etype: str
    identity: str
    text: str  #: the whole gold mention, for failure reports


@dataclass
class Scores:
    """Counts for one system over the corpus."""

    #: precision over predicted mentions; recall over gold mentions found with the right kind
    kind: Counts = field(default_factory=Counts)
    found: int = 0  #: gold mentions found with any kind
    same_pairs: int = 0
    same_ok: int = 0
    diff_pairs: int = 0
    diff_ok: int = 0


def evaluate(path: Path, verbose: bool = False) -> list[Table]:
    """Score our mentions and the spaCy baseline on every GUM JSON file in ``path``."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]
    ours, base, nested, tolerant = Scores(), Scores(), Scores(), Scores()
    by_type: dict[str, Scores] = {t: Scores() for t in ALLOWED}
    for doc in docs:
        predicted, baseline = _predict(doc["text"])
        every = gold_named(doc)
        golds = [g for g in every if not _embedded(g, every)]
        misses = _score(doc, golds, predicted, ours)
        _score(doc, golds, baseline, base)
        _score(doc, [g for g in every if _embedded(g, every)], predicted, nested)
        _score(doc, golds, predicted, tolerant, country_actor=True)
        for etype, scores in by_type.items():
            _score(doc, [g for g in golds if g.etype == etype], predicted, scores)
        if verbose:
            for gold, got in misses:
                print(f"{doc['doc_id']}: {_describe(doc['text'], gold)}{got}")
    title = f"GUM news entities ({len(docs)} documents, {path.name})"
    rows = (
        _rows("", ours)
        + _by_type_rows(by_type)
        + [_recall_row("country as actor, right kind", tolerant)]
        + [_recall_row("embedded names, right kind", nested)]
        + _rows("baseline spaCy: ", base)
    )
    return [Table(title, tuple(rows))]


def gold_named(doc: dict[str, object]) -> list[Gold]:
    """The document's gold named mentions (see module doc), with their name regions."""
    text = str(doc["text"])
    out = []
    for m in doc["mentions"]:  # type: ignore[attr-defined]
        if not m["identity"] or m["etype"] not in ALLOWED:
            continue
        region = _name_region(text, Span(m["start"], m["end"]), m["identity"])
        if region is not None:
            out.append(Gold(str(doc["doc_id"]), region, m["etype"], m["identity"], m["text"]))
    return out


def _name_region(text: str, span: Span, identity: str) -> Span | None:
    """First to last name word of a gold mention, or None when it has no name word."""
    title = _title_words(identity)
    hits = []
    for word in _WORD.finditer(span.slice(text)):
        bare = strip_possessive(word.group()).strip(".,;:!?()\"'“”")
        if not bare or kinds.is_demonym(bare):
            continue
        letters = bare.replace(".", "")
        acronym = len(letters) >= 2 and letters.isalpha() and letters.isupper()
        if acronym or (bare[:1].isupper() and fold(bare) in title):
            hits.append((span.start + word.start(), span.start + word.end()))
    if not hits:
        return None
    return Span(hits[0][0], hits[-1][1])


def _title_words(identity: str) -> frozenset[str]:
    """Folded words of a Wikipedia title, without its "(disambiguation)" part."""
    title = re.sub(r"\(.*?\)", " ", unquote(identity).replace("_", " "))
    words = {fold(w) for w in re.split(r"[\s\-–,]+", title)}
    return frozenset(w for w in words if w and w not in _TITLE_STOP)


def _predict(text: str) -> tuple[list[MentionFound], list[MentionFound]]:
    """Our name mentions and the spaCy baseline's, for one text."""
    from generator.analyse import nlp as nlp_module

    doc = nlp_module.load()(text)
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    ours = [m for m in entities.find_mentions(text, doc, paras, sents) if m.role == "name"]
    clusters: dict[str, int] = {}
    base = []
    for ent in doc.ents:
        kind = _BASELINE.get(ent.label_)
        if kind is not None:
            cluster = clusters.setdefault(ent.text, len(clusters))
            base.append(MentionFound(Span(ent.start_char, ent.end_char), kind, ent.text, "name", cluster))
    return ours, base


def _embedded(gold: Gold, golds: list[Gold]) -> bool:
    """True when another entity's longer name region holds this one's."""
    return any(
        o.identity != gold.identity and o.region.contains(gold.region) and o.region != gold.region
        for o in golds
    )


def _score(
    doc: dict[str, object],
    golds: list[Gold],
    predicted: list[MentionFound],
    scores: Scores,
    country_actor: bool = False,
) -> list[tuple[Gold | None, str]]:
    """Add one document's counts; return gold mentions missed or mistyped, and wrong guesses."""
    misses: list[tuple[Gold | None, str]] = []
    clusters: list[tuple[str, int]] = []
    for gold in golds:
        scores.kind.gold += 1
        hits = [m for m in predicted if m.span.overlaps(gold.region)]
        if not hits:
            misses.append((gold, "not found"))
            continue
        scores.found += 1
        allowed = ALLOWED[gold.etype]
        if country_actor and gold.etype == "organization" and _is_country_article(gold.identity):
            allowed = allowed | {"country"}
        if any(m.kind in allowed for m in hits):
            scores.kind.gold_found += 1
        else:
            got = ", ".join(sorted({f"{m.kind} {m.span.slice(str(doc['text']))!r}" for m in hits}))
            misses.append((gold, "got " + got))
        best = max(hits, key=lambda m: _overlap(m.span, gold.region))
        clusters.append((gold.identity, best.cluster))
    _score_pairs(clusters, scores)
    text = str(doc["text"])
    for pred in _score_precision(doc, predicted, scores):
        misses.append((None, f"wrong {pred.kind} {pred.span.slice(text)!r}"))
    return misses


def _describe(text: str, gold: Gold | None) -> str:
    """How a failure report names the gold mention (nothing for a wrong prediction)."""
    if gold is None:
        return ""
    return f"{gold.etype} {gold.region.slice(text)!r} in {gold.text!r}: "


def _is_country_article(identity: str) -> bool:
    """True when a Wikipedia title is a country's own article ("North_Korea", not its team)."""
    from generator.analyse.lexicon import gazetteer

    title = re.sub(r"\(.*?\)", " ", unquote(identity).replace("_", " ")).strip()
    return gazetteer.country(title) is not None


def _score_pairs(clusters: list[tuple[str, int]], scores: Scores) -> None:
    """Pairwise cluster agreement with gold identities (mentions are few per document)."""
    for i, (ident_a, cl_a) in enumerate(clusters):
        for ident_b, cl_b in clusters[i + 1 :]:
            if ident_a == ident_b:
                scores.same_pairs += 1
                scores.same_ok += cl_a == cl_b
            else:
                scores.diff_pairs += 1
                scores.diff_ok += cl_a != cl_b


def _score_precision(
    doc: dict[str, object], predicted: list[MentionFound], scores: Scores
) -> list[MentionFound]:
    """Lenient precision: the prediction lies inside a gold mention whose type allows its kind.

    Returns the predictions that are wrong by that measure.
    """
    spans = [
        (Span(m["start"], m["end"]), ALLOWED[m["etype"]])
        for m in doc["mentions"]  # type: ignore[attr-defined]
        if m["etype"] in ALLOWED
    ]
    wrong = []
    for pred in predicted:
        scores.kind.pred += 1
        if any(s.contains(pred.span) and pred.kind in ok for s, ok in spans):
            scores.kind.pred_right += 1
        else:
            wrong.append(pred)
    return wrong


def _overlap(a: Span, b: Span) -> int:
    """Number of characters two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _rows(prefix: str, s: Scores) -> list[Row]:
    """The table rows for one system."""
    p, r, f = prf(s.kind.pred_right, s.kind.pred, s.kind.gold_found, s.kind.gold)
    return [
        Row(prefix + "named mentions, right kind", p, r, f, s.kind.gold, "P lenient"),
        Row(prefix + "named mentions, any kind", None, _ratio(s.found, s.kind.gold), None, s.kind.gold),
        Row(
            prefix + "same entity, same cluster",
            None,
            _ratio(s.same_ok, s.same_pairs),
            None,
            s.same_pairs,
            "pairs",
        ),
        Row(
            prefix + "different entities, apart",
            None,
            _ratio(s.diff_ok, s.diff_pairs),
            None,
            s.diff_pairs,
            "pairs",
        ),
    ]


def _recall_row(label: str, s: Scores) -> Row:
    """A recall-only row: gold named mentions found with an accepted kind."""
    return Row(label, None, _ratio(s.kind.gold_found, s.kind.gold), None, s.kind.gold)


def _by_type_rows(by_type: dict[str, Scores]) -> list[Row]:
    """Recall with the right kind for each gold type."""
    return [
        Row(f"  {etype}, right kind", None, _ratio(s.kind.gold_found, s.kind.gold), None, s.kind.gold)
        for etype, s in by_type.items()
    ]


def _ratio(num: int, den: int) -> float | None:
    """The ratio num / den, None when nothing was counted."""
    return num / den if den else None


def main(argv: Sequence[str]) -> None:
    """``python -m generator.evaluation.gum [FOLDER] [-v]``: print the tables (and misses)."""
    args = [a for a in argv if a != "-v"]
    default = Path(__file__).resolve().parents[2] / "tests" / "data" / "gum"
    folder = Path(args[0]) if args else default
    print(format_tables(evaluate(folder, verbose="-v" in argv)))


if __name__ == "__main__":
    main(sys.argv[1:])

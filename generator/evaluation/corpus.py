"""One page per entity across a corpus: the graph built from many articles, scored against a gold list.

The gold (``data/polnear_dev_corpus.yml``, names only) lists frequent people and bodies, each
with the forms that name it, and pairs that must stay apart. The graph is what a build would
make of the folder (``build.gather``: read, analyse, resolve; no site is written).

* A *gold mention* is a named mention whose words, normalised (case folded, possessive and
  leading article dropped), are a form of exactly one gold entity: first with the title
  before them ("Mrs. Obama"), then without. A form listed under two entities ("Obama",
  "Clinton") is ambiguous, and a mention with only such a form is not scored.
* An entity's *main page* is the page holding most of its gold mentions.
* **Entities on more than one page**: gold entities whose gold mentions lie on two pages or more.
* **Mentions off the main page**: their share among all gold mentions.
* **Wrong merges**: must-stay-apart pairs with gold mentions on one page; the note also
  counts any two gold entities sharing a page.
* **Junk names**: pages with a named mention whose name is not a name: a handle (``@x``,
  a web address), a trailing ``:`` or quote mark or ``'s``, an opening determiner or
  possessive ("her State Department", ``data/eval_name_openers.txt``), a person's title left
  in ("Speaker Paul Ryan", ``data/eval_name_titles.txt`` too), or a Title-Case headline
  fragment in a person's name: an inflected reporting verb after its first word ("Obama
  Says", "Donald Trump Tells Florida Supporters"), or more than four words. (Official names
  hold such words: "United States", "Reporting Act"; other kinds are not tested for them.)

Run: ``python -m generator.evaluation.corpus [-v] ../shared/eval-data/polnear-dev``; ``-v`` lists
the split entities, wrong merges and junk names.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.analyse.lexicon import kinds, lists
from generator.analyse.lexicon.text import fold, strip_article, strip_possessive
from generator.evaluation import Figure, Table, format_tables
from generator.model import Entity, Graph, Span
from generator.read.yamlfile import load_yaml

#: The gold list for PolNeAR's dev split.
GOLD = Path(__file__).parent / "data" / "polnear_dev_corpus.yml"
#: Targets of issue 14: at most one entity in 20 split, 2% of mentions off, none wrong, none junk.
TARGETS = {"split": 0.05, "off": 0.02}
_QUOTES = "\"'“”‘’`"
_VERB_LISTS = ("claim_reporting_verbs.txt", "claim_speech_verbs.txt", "claim_evaluating_verbs.txt")


@dataclass(frozen=True)
class Gold:
    """Gold entities (name -> forms) and the pairs that must stay apart."""

    entities: Mapping[str, tuple[str, ...]]
    apart: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Scores:
    """What the corpus table reports, with the details ``-v`` lists."""

    entities: int
    split: tuple[str, ...]  #: gold entities on more than one page
    mentions: int
    off: int
    wrong: tuple[tuple[str, str, str], ...]  #: (entity, entity, page) for must-stay-apart pairs
    shared: int  #: pages holding two gold entities or more
    pages: int  #: pages with a named mention
    junk: tuple[tuple[str, str], ...]  #: (page name, why)


def load_gold(path: Path = GOLD) -> Gold:
    """The gold file: ``entities: {name: [forms]}``, ``apart: [[name, name]]``."""
    raw = load_yaml(path)
    entities = {str(k): tuple(str(f) for f in v) for k, v in raw["entities"].items()}
    apart = tuple((str(a), str(b)) for a, b in raw.get("apart") or [])
    unknown = [n for pair in apart for n in pair if n not in entities]
    if unknown:
        raise ValueError(f"{path}: 'apart' names entities not in the list: {unknown}")
    return Gold(entities, apart)


def form_key(words: str, keep_title: bool = False) -> str:
    """A mention's or form's words as they are compared (a leading title kept if asked)."""
    text = " ".join(words.split()).strip(_QUOTES + ",:;")
    text = strip_article(strip_possessive(text))
    parts = text.split() if keep_title else kinds.drop_titles(text.split())
    return " ".join(parts).casefold()


def _title_before(text: str, start: int) -> str | None:
    """The title or honorific just before a mention ("Mrs." in "Mrs. Obama"), if any."""
    before = text[max(0, start - 30) : start].split()[-1:]
    titles = lists.words("eval_name_titles.txt") | lists.words("entity_titles.txt")
    return before[0] if before and fold(before[0]) in titles else None


def _owner(text: str, span: Span, owners: Mapping[str, set[str]]) -> str | None:
    """The one gold entity a mention's words name, the title before them included; else None."""
    words = span.slice(text)
    title = _title_before(text, span.start)
    for key in ([form_key(f"{title} {words}", keep_title=True)] if title else []) + [form_key(words)]:
        found = owners.get(key, set())
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def score(graph: Graph, gold: Gold) -> Scores:
    """Split entities, mentions off their main page, wrong merges and junk names of ``graph``."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, forms in gold.entities.items():
        for form in forms:
            owners[form_key(form, keep_title=True)].add(name)
    texts = {a.id: a.text for a in graph.articles}
    page_of = {(m.article, m.span): m.entity for m in graph.mentions}
    named = {m.entity for m in graph.mentions if m.role == "name"}
    pages: dict[str, Counter[str]] = defaultdict(Counter)  # gold entity -> page -> mentions
    for analysis in graph.analyses:
        for found in analysis.mentions:
            owner = _owner(texts[analysis.article], found.span, owners) if found.role == "name" else None
            if owner is not None:
                # An unlinked mention (no page) counts as off the main page.
                pages[owner][page_of.get((analysis.article, found.span), "")] += 1
    split = tuple(sorted(name for name, on in pages.items() if len(set(on) - {""}) > 1))
    total = sum(sum(on.values()) for on in pages.values())
    off = sum(
        sum(on.values()) - max(n for p, n in on.items() if p) if set(on) - {""} else sum(on.values())
        for on in pages.values()
    )
    held: dict[str, set[str]] = defaultdict(set)
    for name, on in pages.items():
        for page in set(on) - {""}:
            held[page].add(name)
    wrong = tuple(
        sorted((a, b, page) for a, b in gold.apart for page, names in held.items() if {a, b} <= names)
    )
    by_id = {e.id: e for e in graph.entities}
    junk = tuple(sorted((by_id[i].name, why) for i in named if i in by_id and (why := junk_reason(by_id[i]))))
    shared = sum(len(names) > 1 for names in held.values())
    return Scores(len(pages), split, total, off, wrong, shared, len(named), junk)


def junk_reason(entity: Entity) -> str | None:
    """Why a page's name is not a name, or None (see the module docstring)."""
    name = entity.name
    words = name.split()
    lower = name.casefold()
    if not words:
        return "empty"
    if name[0] in "@#" or "@" in name or "http" in lower or "www." in lower or ".com" in lower:
        return "handle"
    if name[-1] in ":" + _QUOTES or name[0] in _QUOTES or lower.endswith(("'s", "’s")):
        return "punctuation"
    if fold(words[0]) in lists.words("eval_name_openers.txt"):
        return "determiner"
    titles = lists.words("eval_name_titles.txt")
    if entity.kind == "person" and len(words) > 1 and (kinds.title_length(words) or fold(words[0]) in titles):
        return "title"
    significant = [w for w in words if len(w.strip(".")) > 1]
    if entity.kind == "person":
        verbs = set().union(*(lists.words(f) for f in _VERB_LISTS))
        if any(_verb(w.casefold(), verbs) for w in words[1:] if w[:1].isupper()):
            return "headline"
    if entity.kind == "person" and len(significant) > 4:
        return "headline"
    return None


def _verb(word: str, verbs: set[str]) -> bool:
    """True for an inflected form of a listed verb ("says", "slammed", "warning"), not the bare verb."""
    for end in ("s", "es", "ed", "d", "ing"):
        if word.endswith(end) and word[: len(word) - len(end)] in verbs:
            return True
    return word.endswith("ies") and word[:-3] + "y" in verbs


def table(scores: Scores, title: str, note: str = "") -> Table:
    """The corpus table."""
    n = scores.entities
    split_share = len(scores.split) / n if n else 0.0
    off_share = scores.off / scores.mentions if scores.mentions else 0.0
    rows = (
        Figure(
            "entities on more than one page",
            f"{len(scores.split)} of {n}",
            "≤ 1 in 20",
            n,
            f"{split_share:.1%}",
        ),
        Figure(
            "mentions off the entity's main page",
            f"{off_share:.1%}",
            "≤ 2%",
            scores.mentions,
            f"{scores.off} mentions",
        ),
        Figure(
            "wrong merges (must-stay-apart pairs on one page)",
            str(len(scores.wrong)),
            "0",
            n,
            f"{scores.shared} pages hold two gold entities",
        ),
        Figure("pages whose name is not a name", str(len(scores.junk)), "0", scores.pages, note),
    )
    return Table(title, rows)


def evaluate(path: Path, gold: Gold | None = None) -> list[Table]:
    """Build the graph of every article under ``path`` and score it."""
    tables, _ = evaluate_verbose(path, gold)
    return tables


def evaluate_verbose(path: Path, gold: Gold | None = None) -> tuple[list[Table], list[str]]:
    """The corpus table and one line per split entity, wrong merge and junk name."""
    from generator.analyse import cache
    from generator.build import gather
    from generator.read import register

    graph = gather(path, reg=register.EMPTY, cache=cache.DEFAULT_DIR)
    scores = score(graph, gold or load_gold())
    note = f"{len(graph.articles)} articles, {len(graph.entities)} pages"
    return [table(scores, f"One page per entity ({path.name})", note)], details(scores)


def details(scores: Scores) -> list[str]:
    """The lines ``-v`` prints."""
    return (
        [f"SPLIT {name}" for name in scores.split]
        + [f"WRONG {a} + {b} on '{page}'" for a, b, page in scores.wrong]
        + [f"JUNK  {why:<11} {name}" for name, why in scores.junk]
    )


def main(argv: Sequence[str]) -> None:
    """Print the table; with ``-v``, the details first."""
    paths = [a for a in argv if a != "-v"]
    tables, lines = evaluate_verbose(Path(paths[0] if paths else "../shared/eval-data/polnear-dev"))
    if "-v" in argv:
        print("\n".join(lines))
    print(format_tables(tables))


if __name__ == "__main__":
    main(sys.argv[1:])

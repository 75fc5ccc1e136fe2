"""Worst-case parsing time at the article limits; see benchmarks/README.md ("Pathological text").

Usage: python benchmarks/pathological.py [--lines 10] [--line-chars 20000] [--unbounded]
       [--patterns quotes,percent,...]

Each pattern fills ``--lines`` lines of ``--line-chars`` characters (the reader's limits are
10 lines of 20,000: 200,000 characters). For each it prints the characters, spaCy's tokens,
the seconds spaCy takes (through ``generator.analyse.pipeline.parse``, which bounds the
text first; with ``--unbounded``, on the raw text, as before the bound existed), the
seconds of the rest of the analysis, and spaCy's seconds per 10,000 characters.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.analyse import nlp, pipeline  # noqa: E402

#: Name -> the unit repeated to fill a line. Prose is the yardstick; the others are the
#: slowest shapes found (quote marks, brackets, symbols, emoji and "'s" are stripped one
#: at a time by spaCy's tokenizer; "a/" and "a " give a token per one or two characters).
PATTERNS = {
    "prose": "",
    "quotes": '"',
    "curly-quotes": "“",
    "percent": "%",
    "brackets": "(",
    "emoji": "\U0001f980",
    "word-then-quotes": "",
    "possessives": "'s",
    "slashed-letters": "a/",
    "commas": "a,",
    "one-letter-words": "a ",
    "spaced-dots": ". ",
    "symbol-words": '"' * 8 + "a",
}


def line_of(name: str, chars: int) -> str:
    """One line of the pattern, ``chars`` long."""
    if name == "prose":
        sentence = "Officials in Kyiv said on Friday that “the vote was a sham”, and Moscow denied it. "
        return (sentence * (chars // len(sentence) + 1))[:chars].rstrip() + "."
    if name == "word-then-quotes":
        return ("a" + '"' * chars)[:chars]
    return (PATTERNS[name] * chars)[:chars]


def measure(name: str, lines: int, chars: int, unbounded: bool) -> str:
    """Parse and analyse one pattern; a row of figures."""
    text = "\n".join(line_of(name, chars) for _ in range(lines))
    model = nlp.load()
    start = time.perf_counter()
    doc = model(text) if unbounded else next(pipeline.parse([text], model, processes=1))
    parsed = time.perf_counter() - start
    pipeline.analyse_doc("bench", text, doc)
    analysed = time.perf_counter() - start - parsed
    per_10k = parsed / len(text) * 10_000
    return f"{name:18} {len(text):>9,} {len(doc):>9,} {parsed:>9.2f} {analysed:>9.2f} {per_10k:>9.2f}"


def main() -> None:
    """Print one row per pattern."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=10)
    parser.add_argument("--line-chars", type=int, default=20_000)
    parser.add_argument("--unbounded", action="store_true", help="parse the raw text (as before the bound)")
    parser.add_argument("--patterns", default=",".join(PATTERNS), help="comma-separated names")
    args = parser.parse_args()
    pipeline.analyse_text("warm-up", "Warm up the model and the lexicons, said Kyiv.", nlp.load())
    mode = "raw text" if args.unbounded else "bounded text (pipeline.parse)"
    print(f"{args.lines} lines of {args.line_chars:,} characters; spaCy on the {mode}")
    print(f"{'pattern':18} {'chars':>9} {'tokens':>9} {'spaCy s':>9} {'rest s':>9} {'s/10k':>9}")
    for name in args.patterns.split(","):
        print(measure(name, args.lines, args.line_chars, args.unbounded), flush=True)


if __name__ == "__main__":
    main()

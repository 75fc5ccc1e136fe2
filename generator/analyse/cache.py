"""Per-article analysis cache, and the stamp that lets an unchanged build skip rendering.

An analysis is stored as ``<dir>/<key>.json``. The key is a SHA-256 over everything the
analysis depends on: the article's text, the spaCy model's name and version, spaCy's
version, the generator's version, :data:`SCHEMA`, and a hash of the source of every module
the analysis stage imports (found by reading the imports of ``generator/analyse/``, so editing
``claims.py`` invalidates the cache without anyone bumping a number). The key is also stored
inside the file and checked on read: a damaged, foreign or stale entry is a miss, never
misread. Writes go to a temporary file that is then renamed, so a killed build leaves no
half-written entry.

The article's id is not part of the key (the same text under two names is analysed once);
it is set on the analysis when it is read back.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import generator
from generator.files import atomic_write
from generator.model import Analysis, ClaimFound, MentionFound, Paragraph, Sentence, Span

#: Bump when the JSON layout below changes.
SCHEMA = 1
PACKAGE = Path(generator.__file__).resolve().parent
ROOT = PACKAGE.parent
DEFAULT_DIR = ROOT / ".cache" / "analysis"


# ---------------------------------------------------------------- keys


@functools.cache
def analysis_code_hash() -> str:
    """SHA-256 of the analysis stage's source: the package, the modules it imports, and data/."""
    digest = hashlib.sha256()
    for path in sorted(_imported_modules(PACKAGE / "analyse" / "__init__.py")) + sorted(
        (PACKAGE / "data").glob("*")
    ):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _imported_modules(start: Path) -> set[Path]:
    """``start`` and every ``generator`` module it imports, transitively (read, not run)."""
    seen: set[Path] = set()
    todo = [start]
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "generator":
                base = node.module.split(".")[1:]
                todo += [_module_path(base), *(_module_path([*base, a.name]) for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name.split(".") for a in node.names]
                todo += [_module_path(n[1:]) for n in names if n[0] == "generator"]
    return seen


def _module_path(parts: list[str]) -> Path:
    """The file of module ``generator.<parts>`` (a package's ``__init__.py``)."""
    folder = PACKAGE.joinpath(*parts)
    return folder / "__init__.py" if folder.is_dir() else folder.with_suffix(".py")


@functools.cache
def environment_id() -> str:
    """What the analysis depends on besides the text: model, spaCy, generator, code, schema."""
    from importlib.metadata import version

    from generator.analyse import nlp

    return "\n".join(
        [
            f"schema {SCHEMA}",
            f"generator {generator.__version__}",
            f"code {analysis_code_hash()}",
            f"model {nlp.model_id()}",
            f"spacy {version('spacy')}",
        ]
    )


def key(text: str, environment: str | None = None) -> str:
    """The cache key of one article's text."""
    env = environment_id() if environment is None else environment
    return hashlib.sha256(f"{env}\n\0{text}".encode()).hexdigest()


# ---------------------------------------------------------------- the store


class AnalysisCache:
    """A folder of analyses keyed by :func:`key`; ``None`` as folder disables it."""

    def __init__(self, folder: Path | None, environment: str | None = None) -> None:
        self.folder = folder
        self.environment = environment
        self.hits = 0
        self.misses = 0

    def key(self, text: str) -> str:
        """The key of ``text`` in this cache's environment."""
        return key(text, self.environment)

    def get(self, article_id: str, text: str) -> Analysis | None:
        """The cached analysis of ``text``, or None when absent, stale or damaged."""
        found = self._read(self.key(text)) if self.folder else None
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        return replace(found, article=article_id)

    def put(self, text: str, analysis: Analysis) -> None:
        """Store an analysis (atomically); a full disk or read-only folder is not an error."""
        if self.folder is None:
            return
        k = self.key(text)
        data = json.dumps({"key": k, "schema": SCHEMA, "analysis": to_json(analysis)}, separators=(",", ":"))
        # A cache that cannot be written (full disk, read-only folder) only costs time later.
        with contextlib.suppress(OSError):
            atomic_write(self.folder / f"{k}.json", data.encode("utf-8"))

    def _read(self, k: str) -> Analysis | None:
        """The entry for key ``k`` if it exists, says it is for ``k`` and parses."""
        assert self.folder is not None
        try:
            data = json.loads((self.folder / f"{k}.json").read_bytes())
            if data["key"] != k or data["schema"] != SCHEMA:
                return None
            return from_json(data["analysis"])
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None


# ---------------------------------------------------------------- JSON <-> Analysis


def to_json(a: Analysis) -> dict[str, Any]:
    """An analysis as JSON-ready data (the article id is left out: it is not in the key)."""
    return {
        "paragraphs": [[p.index, *_span(p.span), p.anchor] for p in a.paragraphs],
        "sentences": [[s.index, s.paragraph, *_span(s.span), s.anchor] for s in a.sentences],
        "mentions": [[*_span(m.span), m.kind, m.name, m.role, m.cluster] for m in a.mentions],
        "claims": [_claim_json(c) for c in a.claims],
    }


def from_json(data: dict[str, Any]) -> Analysis:
    """The analysis :func:`to_json` wrote (with an empty article id)."""
    return Analysis(
        article="",
        paragraphs=tuple(Paragraph(i, Span(s, e), str(a)) for i, s, e, a in data["paragraphs"]),
        sentences=tuple(Sentence(i, p, Span(s, e), str(a)) for i, p, s, e, a in data["sentences"]),
        mentions=tuple(MentionFound(Span(s, e), k, str(n), r, c) for s, e, k, n, r, c in data["mentions"]),
        claims=tuple(_claim(c) for c in data["claims"]),
    )


def _span(span: Span) -> tuple[int, int]:
    """A span as two numbers."""
    return span.start, span.end


def _opt_span(span: Span | None) -> list[int] | None:
    """An optional span as a pair or null."""
    return None if span is None else [span.start, span.end]


def _claim_json(c: ClaimFound) -> dict[str, Any]:
    """One claim, by field name (most fields are optional)."""
    return {
        "span": _opt_span(c.span),
        "kind": c.kind,
        "sentence": c.sentence,
        "cue": _opt_span(c.cue),
        "speaker": _opt_span(c.speaker),
        "speaker_cluster": c.speaker_cluster,
        "speaker_label": c.speaker_label,
        "topics": list(c.topics),
        "part_of": c.part_of,
    }


def _claim(d: dict[str, Any]) -> ClaimFound:
    """The claim :func:`_claim_json` wrote."""
    return ClaimFound(
        span=Span(*d["span"]),
        kind=d["kind"],
        sentence=d["sentence"],
        cue=Span(*d["cue"]) if d["cue"] is not None else None,
        speaker=Span(*d["speaker"]) if d["speaker"] is not None else None,
        speaker_cluster=d["speaker_cluster"],
        speaker_label=d["speaker_label"],
        topics=tuple(d["topics"]),
        part_of=d["part_of"],
    )

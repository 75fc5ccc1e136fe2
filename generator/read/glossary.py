"""The editable glossary (``seeds/glossary.yml``): terms explained in tooltips and on a page.

Format::

    terms:
      - term: annexation
        definition: One country declaring that territory of another is now its own.
        variants: [annexed, annexes]   # optional: other forms of the word to mark

A term is marked wherever it appears as a whole word (with its first letter lowercase or
capitalised), through the Markdown ``abbr`` extension; Material shows the definition as a
tooltip. Definitions are editorial text and are escaped like any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.read.yamlfile import (
    Map,
    Seq,
    check_keys,
    key_error,
    load_optional,
    text_value,
    top_map,
)
from generator.slugs import slugify

_KEYS = frozenset({"term", "definition", "variants"})
_WORDS = re.compile(r"[A-Za-z][A-Za-z ]*[A-Za-z]")
_HINT = "see the format at the top of generator/read/glossary.py"


@dataclass(frozen=True)
class Term:
    """One glossary entry, validated."""

    term: str
    definition: str
    variants: tuple[str, ...] = ()
    line: int = 0  #: line in the glossary file, for error messages

    @property
    def anchor(self) -> str:
        """The entry's id on the glossary page."""
        return slugify(self.term)

    def forms(self) -> tuple[str, ...]:
        """Every spelling marked in the text: the term, its variants, each also capitalised."""
        out: list[str] = []
        for word in (self.term, *self.variants):
            for form in (word, word[:1].upper() + word[1:]):
                if form not in out:
                    out.append(form)
        return tuple(out)


def load(path: Path) -> tuple[Term, ...]:
    """Read and validate the glossary; a missing file is an empty glossary."""
    raw = load_optional(path)
    if raw is None:
        return ()
    items = _items(raw, path)
    terms = [_term(item, line, path) for item, line in zip(items, items.lines, strict=True)]
    _check_unique(terms, path)
    return tuple(sorted(terms, key=lambda t: t.term.lower()))


def _items(root: Any, path: Path) -> Seq:
    """The entries of the ``terms:`` list."""
    root = top_map(root, path, "the glossary must be a mapping with a 'terms' key", _HINT)
    check_keys(root, {"terms"}, "top-level key(s)", path, hint=_HINT)
    body = root.get("terms")
    if body is None:
        empty = Seq()
        empty.line, empty.lines = 1, []
        return empty
    if not isinstance(body, Seq):
        raise BuildError(
            "'terms' must be a list of entries", path=path, line=root.line_of("terms"), hint=_HINT
        )
    return body


def _term(raw: Any, line: int, path: Path) -> Term:
    """One entry, with every field checked."""
    if not isinstance(raw, Map):
        raise BuildError("each glossary entry must be a mapping", path=path, line=line, hint=_HINT)
    check_keys(raw, _KEYS, "key(s)", path, hint="allowed: term, definition, variants")
    term = _word(raw.get("term"), "term", path, raw.line_of("term"))
    definition = text_value(raw, "definition", f"the definition of '{term}'", path)
    if definition is None or not definition.strip():
        raise BuildError(
            f"the term '{term}' needs a 'definition' (text)", path=path, line=line, hint="add definition: ..."
        )
    variants = raw.get("variants") or []
    if not isinstance(variants, list):
        raise key_error(
            raw,
            "variants",
            f"'variants' of '{term}' must be a list of words",
            path,
            "e.g. variants: [annexed, annexes]",
        )
    return Term(
        term=term,
        definition=" ".join(definition.split()),
        variants=tuple(_word(v, "variant", path, raw.line_of("variants")) for v in variants),
        line=line,
    )


def _word(value: Any, what: str, path: Path, line: int) -> str:
    """A term or variant: letters and single spaces only, so it can be matched in the text."""
    if not isinstance(value, str) or not _WORDS.fullmatch(" ".join(value.split())):
        raise BuildError(
            f"the {what} {value!r} must be one or more words of letters",
            path=path,
            line=line,
            hint="no punctuation or digits; put other forms of a word in 'variants'",
        )
    return " ".join(value.split())


def _check_unique(terms: list[Term], path: Path) -> None:
    """No spelling belongs to two entries."""
    owner: dict[str, Term] = {}
    for term in terms:
        for form in term.forms():
            key = form.lower()
            if key in owner and owner[key] is not term:
                raise BuildError(
                    f"'{form}' is listed under both '{owner[key].term}' and '{term.term}'",
                    path=path,
                    line=term.line,
                    hint="keep each spelling in one entry",
                )
            owner[key] = term

"""Rendering PageSpecs to Markdown with Jinja2 templates from ``templates/``."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from dataclasses import dataclass
from typing import Any

import jinja2
from markupsafe import Markup

from generator.site.markup import escape


@dataclass(frozen=True)
class PageSpec:
    """One page to render: where it goes, with which template and context."""

    path: str  #: docs-relative path, e.g. ``entities/vladimir-putin.md``
    template: str
    context: dict[str, Any]


TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    """A strict environment: undefined names fail, and every plain string is escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["jsonld"] = _jsonld
    return env


def _finalize(value: Any) -> Any:
    """Escape everything printed that this package did not build as Markup itself."""
    if isinstance(value, Markup):
        return value
    if value is None:
        raise ValueError("a template printed None; check the context")
    return escape(str(value))


def _jsonld(data: dict[str, Any]) -> Markup:
    """JSON for a ``<script type="application/ld+json">`` that no text can break out of."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, code)
    return Markup(text)


def render_pages(pages: Sequence[PageSpec], env: jinja2.Environment | None = None) -> dict[str, str]:
    """docs-relative path -> Markdown for every page."""
    env = env or environment()
    out: dict[str, str] = {}
    for spec in pages:
        text = env.get_template(spec.template).render(**spec.context)
        out[spec.path] = _tidy(renumber_footnotes(text))
    return out


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


_NOTE_REF = re.compile(r"(?<!\\)\[\^(\d+)\](?!:)")
_NOTE_DEF = re.compile(r"^\[\^(\d+)\]:")


def renumber_footnotes(text: str) -> str:
    """Number footnotes in reading order, and list their definitions in that order.

    Pages cite sources while their contexts are built, which is not the order a reader
    meets them, and Python-Markdown numbers notes by definition order. Definitions are
    whole lines starting ``[^n]:``; escaped article text never matches.
    """
    lines = text.split("\n")
    definitions = {m.group(1): line for line in lines if (m := _NOTE_DEF.match(line))}
    body = "\n".join(line for line in lines if not _NOTE_DEF.match(line))
    order: dict[str, int] = {}
    for match in _NOTE_REF.finditer(body):
        order.setdefault(match.group(1), len(order) + 1)
    if not definitions:
        return text
    # Notes never referenced keep their place after the others (none are expected).
    ranked = sorted(definitions, key=lambda old: (old not in order, order.get(old, 0), int(old)))
    number = {old: str(i) for i, old in enumerate(ranked, start=1)}
    body = _NOTE_REF.sub(lambda m: f"[^{number.get(m.group(1), m.group(1))}]", body)
    notes = [_NOTE_DEF.sub(f"[^{number[old]}]:", definitions[old], count=1) for old in ranked]
    return body.rstrip("\n") + "\n\n" + "\n\n".join(notes) + "\n"

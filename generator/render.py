"""Rendering PageSpecs to Markdown with Jinja2 templates from ``templates/``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.markup import escape
from generator.pages import PageSpec

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


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
        out[spec.path] = _tidy(text)
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

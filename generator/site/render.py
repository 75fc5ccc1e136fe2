"""Rendering PageSpecs to Markdown with Jinja2 templates from ``templates/``."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.site import wording
from generator.site.citations import Footnotes
from generator.site.markup import escape, yaml_string


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
    env.filters["yaml_text"] = _yaml_text
    env.filters["yaml"] = _yaml
    env.filters["number"] = _number
    env.filters["clip"] = clip
    env.filters["counted"] = wording.counted
    env.filters["plural"] = wording.plural
    env.filters["series"] = wording.series
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


def _yaml_text(text: str) -> Markup:
    """A front matter value: HTML-escaped (the theme prints titles raw), quoted for YAML."""
    return Markup(yaml_string(html.escape(text)))


def _yaml(text: str) -> Markup:
    """A quoted YAML value that reads back as exactly ``text`` (no HTML escaping)."""
    return Markup(yaml_string(text))


def _number(value: float) -> Markup:
    """A number as YAML reads it (not escaped for Markdown: ``0.5`` must stay a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"not a number: {value!r}")
    return Markup(str(value))


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_pages(pages: Sequence[PageSpec], env: jinja2.Environment | None = None) -> dict[str, str]:
    """docs-relative path -> Markdown for every page.

    Each page gets its own ``notes`` (``Footnotes``): templates number a note where they
    print its reference, so numbers follow the reading order.
    """
    env = env or environment()
    return {spec.path: render_page(spec, env) for spec in pages}


def render_page(spec: PageSpec, env: jinja2.Environment) -> str:
    """One page's Markdown (with fresh ``notes``: a page's numbering is its own)."""
    return _tidy(env.get_template(spec.template).render(**spec.context, notes=Footnotes()))


def _tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"

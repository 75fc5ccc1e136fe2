"""Glossary terms marked in page text: Markdown ``abbr`` definitions that Material shows as tooltips."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from markupsafe import Markup

from generator.read.glossary import Term


def used_in(terms: Iterable[Term], texts: Iterable[str]) -> list[Term]:
    """The terms that occur, as whole words, in any of ``texts``."""
    joined = "\n".join(texts)
    return [t for t in terms if any(re.search(rf"\b{re.escape(f)}\b", joined) for f in t.forms())]


def abbreviations(terms: Iterable[Term]) -> list[Markup]:
    """Markdown ``abbr`` definitions, ``*[form]: definition``, one per spelling."""
    out = []
    for term in terms:
        title = html.escape(term.definition, quote=True)
        out += [Markup(f"*[{form}]: {title}") for form in term.forms()]
    return out

"""A Markdown extension for the site: footnotes stay out of the search index.

Footnotes quote words the article page already holds; indexing them again on every
entity and claim page made the search index several times larger (see
benchmarks/README.md) and buried the pages themselves under repeated quotes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class _ExcludeFootnotes(Treeprocessor):
    """Mark the footnotes block with Material's ``data-search-exclude``."""

    def run(self, root: ET.Element) -> None:
        """Tag every ``div.footnote``."""
        for div in root.iter("div"):
            if "footnote" in (div.get("class") or "").split():
                div.set("data-search-exclude", "")


class SearchExcludeFootnotes(Extension):
    """Register the tree processor after the footnotes extension has built its block."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API
        """Add the processor with a priority lower than the footnotes' own (which is 50)."""
        md.treeprocessors.register(_ExcludeFootnotes(md), "search_exclude_footnotes", 5)


def makeExtension(**kwargs: object) -> SearchExcludeFootnotes:  # noqa: N802 - Python-Markdown's API
    """Entry point Python-Markdown looks for."""
    return SearchExcludeFootnotes(**kwargs)

"""A Markdown extension for the site: footnotes stay out of the search index.

Footnotes quote words the page where they are said already holds; indexing them again
on every entity and claim page made the search index several times larger (see
benchmarks/README.md) and buried the pages themselves under repeated quotes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class _IgnoreFootnotes(Treeprocessor):
    """Mark footnotes and their numbers in the text with Pagefind's ``data-pagefind-ignore``."""

    def run(self, root: ET.Element) -> None:
        """Tag every ``div.footnote`` and every reference to one (``sup#fnref:N``)."""
        for element in root.iter():
            note = element.tag == "div" and "footnote" in (element.get("class") or "").split()
            if note or (element.tag == "sup" and (element.get("id") or "").startswith("fnref")):
                element.set("data-pagefind-ignore", "index")


class SearchIgnoreFootnotes(Extension):
    """Register the tree processor after the footnotes extension has built its block."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API
        """Add the processor with a priority lower than the footnotes' own (which is 50)."""
        md.treeprocessors.register(_IgnoreFootnotes(md), "search_ignore_footnotes", 5)


def makeExtension(**kwargs: object) -> SearchIgnoreFootnotes:  # noqa: N802 - Python-Markdown's API
    """Entry point Python-Markdown looks for."""
    return SearchIgnoreFootnotes(**kwargs)

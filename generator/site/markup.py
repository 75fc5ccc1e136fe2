"""Turning untrusted text into inert Markdown, and the small pieces of trusted markup.

Every string that comes from an article or the register goes through ``escape``: HTML
special characters become entities and every other ASCII punctuation mark is
backslash-escaped (``pymdownx.escapeall`` makes any escaped character literal), so no
article text can open a tag, a link, an attribute list, a footnote or a template.
"""

from __future__ import annotations

import posixpath
import string

from markupsafe import Markup

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_PUNCT = frozenset(string.punctuation) - set(_HTML)
#: One table for ``str.translate``: a page renders thousands of strings, and a loop in
#: Python over every character was the largest cost of rendering a large corpus.
_ESCAPES: dict[int, str] = {
    **{ord(c): e for c, e in _HTML.items()},
    **{ord(c): "\\" + c for c in _PUNCT},
    # A character reference keeps the character without breaking the line (a raw
    # newline could end a paragraph or table row) and escapes Markdown's tab expansion.
    **{ord(c): f"&#{ord(c)};" for c in "\n\r\t"},
}


def escape(text: str) -> Markup:
    """Markdown that displays exactly ``text``, with no markup of its own."""
    return Markup(text.translate(_ESCAPES))


def yaml_string(text: str) -> str:
    """A double-quoted YAML scalar that reads back as exactly ``text``, on one line."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif " " <= char <= "~" or (char > "\x7f" and char.isprintable()):
            out.append(char)
        else:
            # YAML refuses some characters raw (C1 controls, U+FFFE) and folds others
            # (U+2028) into spaces; JSON's surrogate-pair escapes are not valid YAML.
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def relative(from_page: str, to_page: str, anchor: str | None = None) -> Markup:
    """A relative link target from one docs page (``a/b.md``) to another."""
    target = relpath(to_page, posixpath.dirname(from_page))
    return Markup(target + (f"#{anchor}" if anchor else ""))


def relpath(path: str, folder: str) -> str:
    """``posixpath.relpath(path, folder or ".")`` for plain docs-relative paths, faster.

    A site of 1,000 articles makes nearly a million links; ``posixpath.relpath`` makes
    both paths absolute first, which was a fifth of the rendering time. Anything but a
    plain path (``..``, ``.``, a leading or doubled ``/``) goes to ``posixpath``.
    """
    here = folder.split("/") if folder else []
    there = path.split("/")
    if "" in there or "." in there or ".." in there or "" in here or "." in here or ".." in here:
        return posixpath.relpath(path, folder or ".")
    common = 0
    for a, b in zip(here, there, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:]) or "."


def link(
    text: str,
    from_page: str,
    to_page: str,
    anchor: str | None = None,
    css: str | None = None,
    *,
    ignore_search: bool = False,
) -> Markup:
    """A Markdown link with escaped text; ``css`` adds a class through attr_list.

    ``ignore_search`` keeps the link's text out of the search index (Pagefind).
    """
    parts = ([f".{css}"] if css else []) + (['data-pagefind-ignore="index"'] if ignore_search else [])
    attrs = f"{{: {' '.join(parts)} }}" if parts else ""
    return Markup(f"[{escape(text)}]({relative(from_page, to_page, anchor)}){attrs}")

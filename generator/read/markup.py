r"""Markup left in pasted copy: tags removed and character references decoded, with warnings.

Web copy pasted as text often keeps some of its HTML: an embedded tweet
(``<tweet id="1" author="@x">…</tweet>``), a link (``<a href="…">…</a>``), an entity
(``&amp;``, ``&#8217;``). Left in, a reader sees the markup and the analysis takes its
attributes for words (pages named ``datetime="2016``). Only strict shapes are markup:
``<name attr="value" …>``, ``<name/>``, ``</name>`` and, for HTML's own element names,
``<name>``; "a < b", "<3", "x<y and z>w" and ``<jane@example.com>`` are prose.

This is for readers, not for safety: article text is always escaped where it is shown.
"""

from __future__ import annotations

import html
import html.entities
import re
from pathlib import Path

from generator.errors import warn
from generator.read.chars import BAD_TEXT_RE

_NAME = r"[A-Za-z][\w.:-]*"
# A value holds no "<" or ">", so a match never runs past the next tag (and stays linear).
_VALUE = r"\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'=<>`]+"
_TAG = re.compile(
    rf"<(?P<name>{_NAME})(?P<attrs>(?>\s+{_NAME}\s*=\s*(?>{_VALUE}))+)?\s*(?P<slash>/)?>"
    rf"|</(?P<end>{_NAME})\s*>"
)
# Named references need their ";" (so "AT&T" and "&c" stay); numbers at most U+10FFFF's digits.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: HTML's element names (the Living Standard's and a few obsolete ones still pasted with web
#: copy). A bare tag ("<b>", no attributes) is markup only when it names one of these, so
#: "<snip>" or "<Enter>" in prose stays. A technical vocabulary, like chars.py's ranges, so
#: it lives here: the word lists in generator/data/ are read by the analysis, a later stage.
_ELEMENTS = frozenset(
    [
        "a",
        "abbr",
        "acronym",
        "address",
        "area",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "bdi",
        "bdo",
        "big",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "datalist",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "font",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "map",
        "mark",
        "menu",
        "meta",
        "meter",
        "nav",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "picture",
        "pre",
        "progress",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "script",
        "search",
        "section",
        "select",
        "slot",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
    ]
)
#: The elements a browser lays out as blocks or line breaks (and the table cells it lays out
#: apart): removing one of their tags between two words leaves a space ("word<br>next" is
#: "word next"), where an inline tag's leaves none ("un<i>believ</i>able" stays one word).
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "iframe",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "search",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
#: How many removed tags or decoded references a warning lists.
_SHOWN = 4


def without_tags(text: str, path: Path) -> str:
    """``text`` without its markup tags, one warning per line; a tag over lines leaves its line breaks.

    A block tag's removal leaves one space where it would glue two non-space characters,
    like a control character's (``repair.py``): the repaired text is the article's text,
    so offsets index the text with that space.
    """
    removed: dict[int, list[str]] = {}
    out: list[str] = []
    pos, parted = 0, False
    for match in _TAG.finditer(text):
        if not _is_markup(match):
            continue
        parted = _keep(out, text[pos : match.start()], parted)
        line = text.count("\n", 0, match.start()) + 1
        removed.setdefault(line, []).append(_shape(match))
        breaks = "\n" * match.group().count("\n")
        out.append(breaks)
        # A line break already parts what the tag stood between.
        parted = (parted or _is_block(match)) and not breaks
        pos = match.end()
    _keep(out, text[pos:], parted)
    for line, tags in removed.items():
        warn(f"{path}:{line}: removed {len(tags)} markup tag(s), kept the text between them: {_listed(tags)}")
    return "".join(out)


def _keep(out: list[str], kept: str, parted: bool) -> bool:
    """Append ``kept`` to ``out``, after a space if a block tag parted it from non-space; still parted."""
    if not kept:
        return parted
    before = next((piece[-1] for piece in reversed(out) if piece), "")
    if parted and before.strip() and kept[0].strip():
        out.append(" ")
    out.append(kept)
    return False


def unescaped(line: str, path: Path, number: int) -> str:
    """``line`` with its HTML character references decoded (``&amp;`` is "&"), with a warning."""
    found: list[str] = []

    def decode(match: re.Match[str]) -> str:
        """The character a reference stands for; the reference as written if it stands for none."""
        reference = match.group()
        if reference[1] != "#" and reference[1:] not in html.entities.html5:
            return reference
        char = html.unescape(reference)
        # Never a control, a bidi control, a line break or U+FFFD: those stay as written.
        if not char or BAD_TEXT_RE.search(char) or char in "\r\n\ufffd":
            return reference
        found.append(reference)
        return char

    fixed = _REFERENCE.sub(decode, line)
    if found:
        warn(f"{path}:{number}: decoded {len(found)} HTML character reference(s): {_listed(found)}")
    return fixed


def _is_markup(match: re.Match[str]) -> bool:
    """True for a closing tag, a tag with attributes or a slash, and a bare tag of an HTML element."""
    if match.group("end") or match.group("attrs") or match.group("slash"):
        return True
    return match.group("name").lower() in _ELEMENTS


def _is_block(match: re.Match[str]) -> bool:
    """True for a tag of an element laid out as a block or a line break (``<br>``, ``</p>``)."""
    return (match.group("end") or match.group("name")).lower() in _BLOCKS


def _shape(match: re.Match[str]) -> str:
    """``<tweet>``, ``</tweet>`` or ``<tweet/>``: the tag without its attributes, for a warning."""
    if match.group("end"):
        return f"</{match.group('end')}>"
    return f"<{match.group('name')}{'/' if match.group('slash') else ''}>"


def _listed(items: list[str]) -> str:
    """The distinct items, the first few of them, comma-separated."""
    distinct = list(dict.fromkeys(items))
    return ", ".join(distinct[:_SHOWN]) + (", …" if len(distinct) > _SHOWN else "")

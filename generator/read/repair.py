r"""Messy but readable article text made right, each change reported with its line.

Text pasted from the web is often mojibake: UTF-8 decoded as Windows-1252 or Latin-1 and
encoded again ("FranÃ\x83Â§ois" for "François"), sometimes with a C1 control character
in the middle. ftfy (https://github.com/rspeer/python-ftfy) undoes exactly that; only its
encoding repair is used here, so quotes, ligatures, widths and HTML entities stay as
written. Markup tags are removed and HTML character references decoded (``markup.py``).
Control characters are removed (a terminal colour code with its ESC; a space where the
gap would glue two words): Python-Markdown's placeholders are made of \x02 and \x03, so
none may reach a page. Bidirectional controls (U+202E and its kin) are removed too: they
would let text show in another order than the one it is read in ("Trojan source").

The repaired text is the article's text: what the site shows and what offsets index.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import ftfy

from generator.errors import warn
from generator.read.chars import BIDI_RE, CONTROL_RE, CONTROLS, describe
from generator.read.markup import unescaped, without_tags

_FIX_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
#: How much of a repaired line a warning shows on either side of the change.
_CONTEXT = 20
#: A run of controls, or a terminal escape sequence (ESC [ 31 m) whose code would be left as junk.
_CONTROL_RUN = re.compile(f"\x1b\\[[0-9;]*[A-Za-z]|[{CONTROLS}]+")


def repaired(text: str, path: Path) -> str:
    """``text`` with mojibake, markup, controls and bidi controls repaired, with a warning per line.

    Every step keeps the line count, so each warning names the file's own line. Tags go
    before references are decoded ("&lt;b&gt;" is meant to show "<b>"), and controls after
    (no reference decodes to one, but the order makes that a non-issue).
    """
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        fixed = _fix_encoding(line)
        if fixed != line:
            warn(f"{path}:{number}: repaired mis-encoded text: {_change(line, fixed)}")
        lines[number - 1] = fixed
    lines = without_tags("\n".join(lines), path).split("\n")
    for number, line in enumerate(lines, start=1):
        fixed = _without_controls(unescaped(line, path, number), path, number)
        lines[number - 1] = _without_bidi(fixed, path, number)
    return "\n".join(lines)


def _without_controls(line: str, path: Path, number: int) -> str:
    """``line`` without control characters, each run a space where it parts two words, with a warning."""
    found = _CONTROL_RUN.findall(line)
    if not found:
        return line
    chars = CONTROL_RE.findall("".join(found))
    names = ", ".join(dict.fromkeys(describe(c) for c in chars))
    warn(f"{path}:{number}: removed {len(chars)} control character(s): {names}")
    return _CONTROL_RUN.sub(lambda m: _gap(m.string, m.start(), m.end()), line)


def _gap(line: str, start: int, end: int) -> str:
    """A space where removing ``line[start:end]`` would glue two words (or it was white space), else none."""
    before, after, run = line[start - 1 : start], line[end : end + 1], line[start:end]
    if not before.strip() or not after.strip() or run.startswith("\x1b["):
        return ""
    # \x0b, \x0c and \x1c-\x1f are white space to Python: they did part what they stood between.
    return " " if any(c.isspace() for c in run) or (before.isalnum() and after.isalnum()) else ""


def _without_bidi(line: str, path: Path, number: int) -> str:
    """``line`` without bidirectional controls, with a warning."""
    found = BIDI_RE.findall(line)
    if not found:
        return line
    names = ", ".join(dict.fromkeys(describe(c) for c in found))
    warn(f"{path}:{number}: removed {len(found)} bidirectional control character(s): {names}")
    return BIDI_RE.sub("", line)


def _fix_encoding(line: str) -> str:
    """The line with its mojibake undone, or the line itself, untouched, when it has none.

    ftfy recognises mojibake only in composed characters, so the line is composed first
    (NFC: "A" + U+0303 becomes "Ã"); a line whose only change would be that composition is
    kept as written.
    """
    if line.isascii():
        return line
    composed = unicodedata.normalize("NFC", line)
    fixed = ftfy.fix_text(composed, _FIX_ENCODING_ONLY)
    return line if fixed == composed else fixed


def _change(before: str, after: str) -> str:
    r"""``'...FranÃ\x83Â§ois...' -> '...François...'``: the changed stretch with a little context."""
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end_b, end_a = len(before), len(after)
    while end_b > start and end_a > start and before[end_b - 1] == after[end_a - 1]:
        end_b, end_a = end_b - 1, end_a - 1
    left = max(start - _CONTEXT, 0)
    return f"{before[left : end_b + _CONTEXT]!r} -> {after[left : end_a + _CONTEXT]!r}"

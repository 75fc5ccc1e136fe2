r"""Messy but readable article text made right, each change reported with its line.

Text pasted from the web is often mojibake: UTF-8 decoded as Windows-1252 or Latin-1 and
encoded again ("FranÃ\x83Â§ois" for "François"), sometimes with a C1 control character
in the middle. ftfy (https://github.com/rspeer/python-ftfy) undoes exactly that; only its
encoding repair is used here, so quotes, ligatures, widths and HTML entities stay as
written. Bidirectional controls (U+202E and its kin) are removed: they would let text
show in another order than the one it is read in ("Trojan source").

The repaired text is the article's text: what the site shows and what offsets index.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import ftfy

from generator.errors import warn
from generator.read.chars import BIDI_RE, describe

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


def repaired(text: str, path: Path) -> str:
    """``text`` with mojibake repaired and bidi controls removed, line by line, with a warning each."""
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        fixed = _fix_encoding(line)
        if fixed != line:
            warn(f"{path}:{number}: repaired mis-encoded text: {_change(line, fixed)}")
        found = BIDI_RE.findall(fixed)
        if found:
            fixed = BIDI_RE.sub("", fixed)
            names = ", ".join(dict.fromkeys(describe(c) for c in found))
            warn(f"{path}:{number}: removed {len(found)} bidirectional control character(s): {names}")
        lines[number - 1] = fixed
    return "\n".join(lines)


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

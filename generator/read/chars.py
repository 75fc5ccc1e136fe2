"""Characters that never belong in input text, shared by the article and the YAML readers."""

from __future__ import annotations

import re

#: C0 and C1 controls other than tab, newline and carriage return, and the non-characters
#: U+FFFE/U+FFFF: never in real text, and \x02/\x03 would forge Python-Markdown's placeholders.
CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff"
#: Bidirectional controls (embeddings, overrides, isolates, marks): they reorder what a
#: reader sees ("Trojan source"), so text could show one thing and say another.
BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: Characters that show nothing: zero-width spaces and joiners, word joiner, invisible
#: operators, soft hyphen, Hangul fillers, the BOM used as a zero-width no-break space.
INVISIBLE = "\u00ad\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0" + BIDI

CONTROL_RE = re.compile(f"[{CONTROLS}]")
BIDI_RE = re.compile(f"[{BIDI}]")
#: What a YAML value may not hold: controls, bidi controls, and the lone surrogates
#: that YAML escapes ("\\ud83e") can make.
BAD_TEXT_RE = re.compile(f"[{CONTROLS}{BIDI}\ud800-\udfff]")


def is_blank(text: str) -> bool:
    """True when ``text`` shows nothing: only white space and invisible characters."""
    return not re.sub(f"[{INVISIBLE}]", "", text).strip()


def describe(char: str) -> str:
    """``U+202E`` and, where Unicode knows one, the character's name."""
    import unicodedata

    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")

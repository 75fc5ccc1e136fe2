"""JSON for the exports: one record per line, encoded by ``json``'s C encoder.

``json.dumps(indent=...)`` is written in pure Python (the C encoder only does
``indent=None``) and took seconds for the exports of a large site. Here objects are indented
as ``indent=1`` would (one space a level, one key per line), but every item of a list is
written on one line of compact JSON: the same data, fast to write, and a change to one
claim or entity is a change to one line.
"""

from __future__ import annotations

import json
from typing import Any

_ENCODE = json.JSONEncoder(ensure_ascii=False, check_circular=False, allow_nan=False)


def dumps(value: Any) -> str:
    """``value`` as JSON text, objects indented and each list item on a line; a final newline."""
    out: list[str] = []
    _write(value, 0, out)
    out.append("\n")
    return "".join(out)


def _write(value: Any, depth: int, out: list[str]) -> None:
    """Append ``value`` at nesting ``depth``: objects and lists laid out, anything else compact."""
    inner = "\n" + " " * (depth + 1)
    if isinstance(value, dict) and value:
        out.append("{")
        for i, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise TypeError(f"keys must be strings, not {type(key).__name__}")
            out.append(("," if i else "") + inner + _ENCODE.encode(key) + ": ")
            _write(item, depth + 1, out)
        out.append("\n" + " " * depth + "}")
    elif isinstance(value, list | tuple) and value:
        out.append("[")
        out.append(",".join(inner + _ENCODE.encode(item) for item in value))
        out.append("\n" + " " * depth + "]")
    else:
        out.append(_ENCODE.encode(value))

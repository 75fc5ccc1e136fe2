"""Errors a user can act on: they name the file and line and say what to do."""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterable
from pathlib import Path

# Control characters other than newline: a file name holding ESC could drive the terminal.
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


class BuildError(Exception):
    """An input or environment problem that stops the build, reported without a traceback."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return printable(text)


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes, safe to print to a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def warn(message: str) -> None:
    """Report a problem the build works around: ``warning: file:line: ...`` on stderr."""
    print(f"warning: {printable(message)}", file=sys.stderr)


def reject_unknown_keys(
    keys: Iterable[object],
    allowed: Collection[str],
    *,
    what: str,
    path: Path | str,
    line: int | None = None,
    hint: str | None = None,
) -> None:
    """Stop on keys outside ``allowed``: ``unknown {what}: a, b`` (a typo must not pass silently)."""
    unknown = sorted(str(k) for k in keys if k not in allowed)
    if unknown:
        raise BuildError(
            f"unknown {what}: {', '.join(unknown)}",
            path=path,
            line=line,
            hint=hint or f"allowed keys: {', '.join(sorted(allowed))}",
        )


def yaml_error(err: Exception, path: Path | str, hint: str) -> BuildError:
    """A BuildError for a YAML syntax error, at the line where the broken construct starts."""
    import yaml

    line = None
    message = str(err)
    if isinstance(err, yaml.MarkedYAMLError):
        # The context mark points at the construct left open (an unclosed bracket); the
        # problem mark is often only where the parser gave up, the end of the file.
        mark = err.context_mark or err.problem_mark
        line = mark.line + 1 if mark is not None else None
        message = err.problem or message
    return BuildError(f"invalid YAML: {message}", path=path, line=line, hint=hint)

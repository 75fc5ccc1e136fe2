"""One reader for the YAML files in ``seeds/``: sidecars, the register, the glossary, redirects."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BuildError, yaml_error

#: Metadata and register files are small; a huge one is a mistake (or an attack).
MAX_YAML_BYTES = 2_000_000
# The same in metadata and register text, plus the lone surrogates YAML's "\\ud83e" makes.
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def check_inside(path: Path, folder: Path) -> None:
    """Refuse a link that leads out of the seeds folder: it could publish any file."""
    if path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
        raise BuildError(
            "is a link to a file outside the seeds folder",
            path=path,
            hint="copy the file into the seeds folder instead of linking to it",
        )


def check_text(value: str, path: Path, line: int | None, what: str) -> None:
    """Refuse control characters and lone surrogates (from YAML escapes) in metadata text."""
    bad = _BAD_TEXT.search(value)
    if bad:
        raise BuildError(
            f"{what} holds the invisible character U+{ord(bad.group()):04X}",
            path=path,
            line=line,
            hint="remove it; write any other character itself rather than as an escape",
        )


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, turning a syntax error into a BuildError with its line."""
    try:
        return yaml.safe_load(read_yaml_text(path))
    except yaml.YAMLError as err:
        raise yaml_error(err, path, "fix the syntax (see yaml.org for the format)") from None


def read_yaml_text(path: Path) -> str:
    """The text of a metadata or register file: inside the seeds folder, small, UTF-8."""
    check_inside(path, path.parent)
    size = path.stat().st_size
    if size > MAX_YAML_BYTES:
        raise BuildError(
            f"the file is {size:,} bytes, over the limit of {MAX_YAML_BYTES:,}",
            path=path,
            hint="metadata and register files hold a few lines per entry",
        )
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BuildError("not valid UTF-8", path=path, hint="re-save the file as UTF-8") from None

"""One reader for every YAML file in ``seeds/``: sidecars, register, glossary, redirects, URLs.

Every file is read the same way, and every error names the file and the line:

* only a regular file inside the seeds folder (a directory, a FIFO or a link leading out
  is refused, and nothing is opened that could block), at most ``MAX_YAML_BYTES``;
* strict UTF-8, with no control or bidirectional characters anywhere, escapes included;
* only YAML's plain types: a tag such as ``!!python/object`` is an error, never code, and
  anchors and aliases (``&a``, ``*a``, a way to blow a small file up) are refused;
* no key twice in one mapping, and every key is text;
* dates are checked here (``2022-02-30`` is an error with its line): a valid one becomes a
  ``datetime.date`` that the schemas turn into ISO text where they want a date.

Mappings and lists come back as :class:`Map` and :class:`Seq`, a ``dict`` and a ``list``
that also know the line of each key or item, so that the schemas can point at it.
"""

from __future__ import annotations

import datetime
import difflib
import os
import stat
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BuildError, yaml_error
from generator.read.chars import BAD_TEXT_RE, describe

#: Metadata and register files are small; a huge one is a mistake (or an attack).
MAX_YAML_BYTES = 2_000_000
_YAML = "tag:yaml.org,2002:"
#: Scalar types a file may hold; any other tag is refused.
_SCALARS = frozenset(_YAML + t for t in ("str", "null", "bool", "int", "float", "timestamp"))
_QUOTE_HINT = "put the value in quotes"
#: libyaml's parser where PyYAML was built with it (the same nodes, some ten times faster:
#: a build reads a sidecar per article), else PyYAML's own. A file libyaml refuses is
#: parsed again by PyYAML, whose messages (and refusals) are the ones this module reports.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Map(dict[str, Any]):
    """A YAML mapping, in file order, with the line of the mapping and of each key."""

    line: int
    lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """The line of ``key``, else of the mapping itself."""
        return self.lines.get(key, self.line)


class Seq(list[Any]):
    """A YAML list, with the line of the list and of each item."""

    line: int
    lines: list[int]


def load_yaml(path: Path) -> Any:
    """The data of a YAML file (None when it is empty), read and checked as described above."""
    text = read_yaml_text(path)
    try:
        node = _compose(text)
        return None if node is None else _Builder(path).build(node)
    except yaml.YAMLError as err:
        raise yaml_error(err, path, "fix the syntax (see yaml.org for the format)") from None
    except RecursionError:
        raise BuildError(
            "lists or mappings are nested too deeply", path=path, hint="data files nest a few levels at most"
        ) from None


def _compose(text: str) -> yaml.Node | None:
    """The node tree of a YAML text: by libyaml, or by PyYAML where libyaml stops."""
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def load_optional(path: Path) -> Any:
    """The data of a file that may be absent: None when it is missing or empty."""
    if not path.exists() and not path.is_symlink():
        return None
    return load_yaml(path)


def top_map(root: Any, path: Path, message: str, hint: str) -> Map:
    """The file's top level, which must be a mapping: else an error at line 1."""
    if not isinstance(root, Map):
        raise BuildError(message, path=path, line=1, hint=hint)
    return root


def key_error(data: Map, key: str, message: str, path: Path, hint: str) -> BuildError:
    """An error about one key of a mapping, pointing at the key's line."""
    return BuildError(message, path=path, line=data.line_of(key), hint=hint)


def read_yaml_text(path: Path) -> str:
    """The text of a YAML file: a regular file inside the seeds folder, small, UTF-8, clean."""
    check_inside(path, path.parent)
    data = read_regular(path, MAX_YAML_BYTES, "metadata and register files hold a few lines per entry")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise BuildError("not valid UTF-8", path=path, line=line, hint="re-save the file as UTF-8") from None
    bad = BAD_TEXT_RE.search(text)
    if bad:
        raise _invisible(path, text.count("\n", 0, bad.start()) + 1, "the file", bad.group())
    return text


def read_regular(path: Path, limit: int, why: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never blocks on a FIFO or device."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise BuildError(
            "is a link to nothing", path=path, hint="remove the link or restore its file"
        ) from None
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a pipe or a device)"
        raise BuildError(f"is {what}, not a file", path=path, hint="remove it or rename it")
    # O_NONBLOCK: if a FIFO replaced the file since the check, opening must not wait for a writer.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise BuildError("is not a regular file", path=path, hint="remove it or rename it")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BuildError(f"the file is over the limit of {limit:,} bytes", path=path, hint=why)
    return data


def check_inside(path: Path, folder: Path) -> None:
    """Refuse a link that leads out of the seeds folder: it could publish any file."""
    if path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
        raise BuildError(
            "is a link to a file outside the seeds folder",
            path=path,
            hint="copy the file into the seeds folder instead of linking to it",
        )


def check_keys(data: Map, allowed: Collection[str], what: str, path: Path, hint: str | None = None) -> None:
    """Stop on a key outside ``allowed``, at its line, suggesting the allowed key it is nearest to."""
    unknown = [k for k in data if k not in allowed]
    if not unknown:
        return
    near = difflib.get_close_matches(unknown[0], sorted(allowed), n=1, cutoff=0.6)
    guess = f" (did you mean '{near[0]}'?)" if near else ""
    raise BuildError(
        f"unknown {what}: {', '.join(unknown)}{guess}",
        path=path,
        line=data.line_of(unknown[0]),
        hint=hint or f"allowed keys: {', '.join(sorted(allowed))}",
    )


def text_value(data: Map, key: str, what: str, path: Path) -> str | None:
    """``data[key]`` when it is text (None when absent or empty); a number, date or list is an error."""
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise BuildError(
        f"{what} must be text, not {_kind(value)}",
        path=path,
        line=data.line_of(key),
        hint=_QUOTE_HINT,
    )


def date_value(data: Map, key: str, what: str, path: Path) -> str | None:
    """``data[key]`` as an ISO date ``YYYY-MM-DD`` (a YAML date or text), or None."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value.strip())
        except ValueError:
            value = None
    if type(value) is datetime.date:
        return value.isoformat()
    raise BuildError(
        f"{what} must be a date written YYYY-MM-DD",
        path=path,
        line=data.line_of(key),
        hint="e.g. date: 2022-09-30",
    )


def _kind(value: object) -> str:
    """How a value that is not text reads in an error."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, datetime.date):
        return "a date"
    if isinstance(value, int | float):
        return "a number"
    return "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else "text"


def _invisible(path: Path, line: int, where: str, char: str) -> BuildError:
    """The error for a control, bidirectional or surrogate character."""
    return BuildError(
        f"{where} holds the invisible character {describe(char)}",
        path=path,
        line=line,
        hint="remove it; write any other character itself rather than as an escape",
    )


class _Builder:
    """Python data from a composed YAML node tree, with lines, refusing what the module refuses."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.seen: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node) -> Any:
        """The value of one node."""
        line = node.start_mark.line + 1
        if id(node) in self.seen:
            raise BuildError(
                "anchors and aliases (&name, *name) are not supported",
                path=self.path,
                line=line,
                hint="write the value out where it is needed",
            )
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode) and node.tag == _YAML + "map":
            return self._map(node, line)
        if isinstance(node, yaml.SequenceNode) and node.tag == _YAML + "seq":
            items = Seq(self.build(item) for item in node.value)
            items.line, items.lines = line, [item.start_mark.line + 1 for item in node.value]
            return items
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALARS:
            return self._scalar(node, line)
        raise BuildError(
            f"the tag {node.tag} is not allowed",
            path=self.path,
            line=line,
            hint="data files hold plain text, numbers, lists and mappings; remove the tag",
        )

    def _map(self, node: yaml.MappingNode, line: int) -> Map:
        """A mapping whose keys are text, each once."""
        out = Map()
        out.line, out.lines = line, {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            key = self.build(key_node)
            if not isinstance(key, str):
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "a list or mapping"
                raise BuildError(
                    f"the key {shown!r} is not plain text",
                    path=self.path,
                    line=key_line,
                    hint="put the key in quotes",
                )
            if key in out:
                raise BuildError(
                    f"the key '{key}' appears twice (first on line {out.lines[key]})",
                    path=self.path,
                    line=key_line,
                    hint="keep one of them",
                )
            out.lines[key] = key_line
            out[key] = self.build(value_node)
        return out

    def _scalar(self, node: yaml.ScalarNode, line: int) -> Any:
        """Text, a number, true/false, null or a date; an impossible date is an error."""
        try:
            value = self.constructor.construct_object(node)
        except (ValueError, OverflowError, yaml.YAMLError):
            what = (
                "a real date" if node.tag == _YAML + "timestamp" else f"a valid {node.tag.rsplit(':', 1)[-1]}"
            )
            raise BuildError(
                f"'{node.value}' is not {what}",
                path=self.path,
                line=line,
                hint="write a real date as YYYY-MM-DD, or put the value in quotes if it is text",
            ) from None
        if isinstance(value, str):
            bad = BAD_TEXT_RE.search(value)
            if bad:
                raise _invisible(self.path, line, "the value", bad.group())
        return value

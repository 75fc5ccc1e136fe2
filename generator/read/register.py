"""The editable register (``seeds/entities.yml``): editorial knowledge about entities.

Format (a mapping keyed by the entity's id, which is also its URL slug)::

    entities:
      volodymyr-zelenskyy:
        name: Volodymyr Zelenskyy        # display name
        kind: person                     # person|organization|country|region|group
        aliases: [Zelenski, Zelenskiy]   # spellings that mean this entity (merges)
        description: President of Ukraine since 2019.
        wikidata: Q3881739
      old-id:
        merged_into: volodymyr-zelenskyy # this id's page redirects there
      some-noise:
        ignore: true                     # never make a page for these names
        aliases: [Some Noise]

Every key is optional except the id. The register refines the automatic result;
an article needs no entry at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BuildError, reject_unknown_keys, yaml_error
from generator.model import ENTITY_KINDS, EntityKind
from generator.read.yamlfile import check_text, read_yaml_text
from generator.slugs import slugify

_SYNTAX_HINT = "fix the syntax; see the format at the top of generator/register.py"
_KEYS = frozenset({"name", "kind", "aliases", "description", "wikidata", "merged_into", "ignore"})


@dataclass(frozen=True)
class Entry:
    """One register entry, validated."""

    id: str
    line: int  #: line in the register file, for error messages
    name: str | None = None
    kind: EntityKind | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    merged_into: str | None = None
    ignore: bool = False


@dataclass(frozen=True)
class Register:
    """All entries, plus where they came from."""

    path: str | None
    entries: tuple[Entry, ...] = ()

    def get(self, entity_id: str) -> Entry | None:
        """The entry with this id, if any."""
        for entry in self.entries:
            if entry.id == entity_id:
                return entry
        return None

    def final_id(self, entity_id: str) -> str:
        """Follow ``merged_into`` links to the id that has a page."""
        seen = [entity_id]
        entry = self.get(entity_id)
        while entry is not None and entry.merged_into:
            seen.append(entry.merged_into)
            entry = self.get(entry.merged_into)
        return seen[-1]


EMPTY = Register(path=None)


def load(path: Path) -> Register:
    """Read and validate the register; a missing file is an empty register."""
    if not path.exists():
        return Register(path=str(path))
    try:
        node = yaml.compose(read_yaml_text(path))
    except yaml.YAMLError as err:
        raise yaml_error(err, path, _SYNTAX_HINT) from None
    if node is None:
        return Register(path=str(path))
    entries = _entries(node, path)
    _check_references(entries, path)
    return Register(path=str(path), entries=tuple(entries))


def _entries(root: yaml.Node, path: Path) -> list[Entry]:
    """Entries from the ``entities:`` mapping, each checked against the schema."""
    if not isinstance(root, yaml.MappingNode):
        raise BuildError(
            "the register must be a mapping with an 'entities' key", path=path, line=1, hint=_SYNTAX_HINT
        )
    top: dict[str, yaml.Node] = {}
    for key_node, value_node in root.value:
        key = _key(key_node, path)
        if key in top:
            line = key_node.start_mark.line + 1
            raise BuildError(f"the key '{key}' appears twice", path=path, line=line, hint="keep one of them")
        top[key] = value_node
    reject_unknown_keys(
        top,
        {"entities"},
        what="top-level key(s)",
        path=path,
        line=1,
        hint="the register has one key, 'entities'",
    )
    body = top.get("entities")
    if body is None or (isinstance(body, yaml.ScalarNode) and body.value in ("", "null", "~")):
        return []
    if not isinstance(body, yaml.MappingNode):
        line = body.start_mark.line + 1
        raise BuildError("'entities' must map ids to entries", path=path, line=line, hint=_SYNTAX_HINT)
    entries, seen = [], set()
    for key_node, value_node in body.value:
        line = key_node.start_mark.line + 1
        entity_id = _key(key_node, path)
        if entity_id in seen:
            raise BuildError(
                f"the id '{entity_id}' appears twice", path=path, line=line, hint="merge the two entries"
            )
        seen.add(entity_id)
        entries.append(_entry(entity_id, _value(value_node, path), path, line))
    return entries


def _key(node: yaml.Node, path: Path) -> str:
    """A mapping key, which must be plain text (not a list or a mapping)."""
    if not isinstance(node, yaml.ScalarNode):
        raise BuildError(
            "a key must be plain text", path=path, line=node.start_mark.line + 1, hint=_SYNTAX_HINT
        )
    return str(node.value)


def _value(node: yaml.Node, path: Path) -> Any:
    """Python data of one entry; unknown tags (``!!python/...``) are errors, never code."""
    try:
        return yaml.safe_load(yaml.serialize(node))
    except yaml.YAMLError as err:
        # Marks in ``err`` count from the entry, not the file: report the entry's line.
        problem = getattr(err, "problem", None) or str(err)
        line = node.start_mark.line + 1
        raise BuildError(f"invalid YAML: {problem}", path=path, line=line, hint=_SYNTAX_HINT) from None


def _entry(entity_id: str, raw: Any, path: Path, line: int) -> Entry:
    """One entry, with every field's type checked."""
    if entity_id != slugify(entity_id) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", entity_id):
        raise BuildError(
            f"'{entity_id}' is not a valid id",
            path=path,
            line=line,
            hint=f"ids are lowercase words joined by hyphens, e.g. '{slugify(entity_id)}'",
        )
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise BuildError(
            f"the entry '{entity_id}' must be a mapping",
            path=path,
            line=line,
            hint="indent its keys below it",
        )
    reject_unknown_keys(raw, _KEYS, what=f"key(s) in '{entity_id}'", path=path, line=line)
    kind = raw.get("kind")
    if kind is not None and kind not in ENTITY_KINDS:
        raise BuildError(
            f"'{entity_id}' has unknown kind '{kind}'",
            path=path,
            line=line,
            hint=f"use one of: {', '.join(ENTITY_KINDS)}",
        )
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise BuildError(
            f"'aliases' of '{entity_id}' must be a list of names",
            path=path,
            line=line,
            hint="e.g. aliases: [Zelenski, Zelenskiy]",
        )
    for key in ("name", "description", "wikidata", "merged_into"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise BuildError(
                f"'{key}' of '{entity_id}' must be text", path=path, line=line, hint="put the value in quotes"
            )
    for key, value in [
        *((k, raw.get(k)) for k in ("name", "description", "merged_into")),
        *(("aliases", a) for a in aliases),
    ]:
        if value is not None:
            check_text(value, path, line, f"'{key}' of '{entity_id}'")
    if raw.get("wikidata") and not re.fullmatch(r"Q[1-9][0-9]*", raw["wikidata"]):
        raise BuildError(
            f"'wikidata' of '{entity_id}' must look like Q123",
            path=path,
            line=line,
            hint="copy it from wikidata.org",
        )
    if not isinstance(raw.get("ignore", False), bool):
        raise BuildError(
            f"'ignore' of '{entity_id}' must be true or false",
            path=path,
            line=line,
            hint="write ignore: true",
        )
    return Entry(
        id=entity_id,
        line=line,
        name=raw.get("name"),
        kind=kind,
        aliases=tuple(a.strip() for a in aliases),
        description=raw.get("description"),
        wikidata=raw.get("wikidata"),
        merged_into=raw.get("merged_into"),
        ignore=bool(raw.get("ignore", False)),
    )


def _check_references(entries: list[Entry], path: Path) -> None:
    """Every ``merged_into`` names an entry, and no chain of merges loops."""
    by_id = {e.id: e for e in entries}
    for entry in entries:
        if entry.merged_into is None:
            continue
        if entry.merged_into not in by_id:
            raise BuildError(
                f"'{entry.id}' is merged into '{entry.merged_into}', which is not in the register",
                path=path,
                line=entry.line,
                hint=f"add an entry '{entry.merged_into}:' or fix the id",
            )
        chain: list[str] = [entry.id]
        current: Entry | None = by_id[entry.merged_into]
        while current is not None:
            if current.id in chain:
                loop = " -> ".join([*chain, current.id])
                raise BuildError(
                    f"merges make a cycle: {loop}",
                    path=path,
                    line=entry.line,
                    hint="one entity in the chain must not be merged",
                )
            chain.append(current.id)
            current = by_id.get(current.merged_into) if current.merged_into else None


def unused(register: Register, entity_ids: set[str]) -> list[str]:
    """Warnings for entries that match no name in the articles, so they make no page."""
    return [
        f"{register.path}:{entry.line}: '{entry.id}' matches no name in the articles; "
        "it makes no page (check its name and aliases, or remove it)"
        for entry in register.entries
        if not entry.ignore and entry.merged_into is None and entry.id not in entity_ids
    ]

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
from typing import Any, cast

import yaml

from generator.errors import BuildError, yaml_error
from generator.model import ENTITY_KINDS, EntityKind
from generator.slugs import slugify

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
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise BuildError("not valid UTF-8", path=path, hint="re-save the file as UTF-8") from None
    except yaml.YAMLError as err:
        hint = "fix the syntax; see the format at the top of generator/register.py"
        raise yaml_error(err, path, hint) from None
    if node is None:
        return Register(path=str(path))
    entries = _entries(node, path)
    _check_references(entries, path)
    return Register(path=str(path), entries=tuple(entries))


def _entries(root: yaml.Node, path: Path) -> list[Entry]:
    """Entries from the ``entities:`` mapping, each checked against the schema."""
    if not isinstance(root, yaml.MappingNode):
        raise BuildError("the register must be a mapping with an 'entities' key", path=path, line=1)
    top = {cast(yaml.ScalarNode, k).value: v for k, v in root.value}
    unknown = sorted(set(top) - {"entities"})
    if unknown:
        raise BuildError(
            f"unknown top-level key(s): {', '.join(unknown)}",
            path=path,
            line=1,
            hint="the register has one key, 'entities'",
        )
    body = top.get("entities")
    if body is None or (isinstance(body, yaml.ScalarNode) and body.value in ("", "null", "~")):
        return []
    if not isinstance(body, yaml.MappingNode):
        raise BuildError("'entities' must map ids to entries", path=path, line=body.start_mark.line + 1)
    entries, seen = [], set()
    for key_node, value_node in body.value:
        line = key_node.start_mark.line + 1
        entity_id = str(cast(yaml.ScalarNode, key_node).value)
        if entity_id in seen:
            raise BuildError(f"the id '{entity_id}' appears twice", path=path, line=line)
        seen.add(entity_id)
        entries.append(_entry(entity_id, yaml.safe_load(yaml.serialize(value_node)), path, line))
    return entries


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
        raise BuildError(f"the entry '{entity_id}' must be a mapping", path=path, line=line)
    unknown = sorted(str(k) for k in raw if k not in _KEYS)
    if unknown:
        raise BuildError(
            f"unknown key(s) in '{entity_id}': {', '.join(unknown)}",
            path=path,
            line=line,
            hint=f"allowed keys: {', '.join(sorted(_KEYS))}",
        )
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
        raise BuildError(f"'aliases' of '{entity_id}' must be a list of names", path=path, line=line)
    for key in ("name", "description", "wikidata", "merged_into"):
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise BuildError(f"'{key}' of '{entity_id}' must be text", path=path, line=line)
    if raw.get("wikidata") and not re.fullmatch(r"Q[1-9][0-9]*", raw["wikidata"]):
        raise BuildError(f"'wikidata' of '{entity_id}' must look like Q123", path=path, line=line)
    if not isinstance(raw.get("ignore", False), bool):
        raise BuildError(f"'ignore' of '{entity_id}' must be true or false", path=path, line=line)
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

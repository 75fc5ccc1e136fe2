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
      barack-obama:
        separate: [Obama]                # never join these spellings to it automatically

Every key is optional except the id. The register refines the automatic result;
an article needs no entry at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.model import ENTITY_KINDS, EntityKind
from generator.read.yamlfile import Map, check_keys, key_error, load_optional, text_value, top_map
from generator.slugs import slugify

_SYNTAX_HINT = "fix the syntax; see the format at the top of generator/read/register.py"
_KEYS = frozenset({"name", "kind", "aliases", "separate", "description", "wikidata", "merged_into", "ignore"})


@dataclass(frozen=True)
class Entry:
    """One register entry, validated."""

    id: str
    line: int  #: line in the register file, for error messages
    name: str | None = None
    kind: EntityKind | None = None
    aliases: tuple[str, ...] = ()
    separate: tuple[str, ...] = ()  #: spellings never joined to this entry automatically
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
    raw = load_optional(path)
    if raw is None:
        return Register(path=str(path))
    entries = _entries(raw, path)
    _check_references(entries, path)
    return Register(path=str(path), entries=tuple(entries))


def _entries(root: Any, path: Path) -> list[Entry]:
    """Entries from the ``entities:`` mapping, each checked against the schema."""
    root = top_map(root, path, "the register must be a mapping with an 'entities' key", _SYNTAX_HINT)
    check_keys(root, {"entities"}, "top-level key(s)", path, hint="the register has one key, 'entities'")
    body = root.get("entities")
    if body is None:
        return []
    if not isinstance(body, Map):
        line = root.line_of("entities")
        raise BuildError("'entities' must map ids to entries", path=path, line=line, hint=_SYNTAX_HINT)
    return [_entry(entity_id, raw, path, body.line_of(entity_id)) for entity_id, raw in body.items()]


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
        raw = Map()
        raw.line, raw.lines = line, {}
    if not isinstance(raw, Map):
        raise BuildError(
            f"the entry '{entity_id}' must be a mapping",
            path=path,
            line=line,
            hint="indent its keys below it",
        )
    check_keys(raw, _KEYS, f"key(s) in '{entity_id}'", path)
    lists = {"aliases", "separate"}
    text = {k: text_value(raw, k, f"'{k}' of '{entity_id}'", path) for k in _KEYS - lists - {"ignore"}}
    kind = text["kind"]
    if kind is not None and kind not in ENTITY_KINDS:
        raise key_error(
            raw,
            "kind",
            f"'{entity_id}' has unknown kind '{kind}'",
            path,
            f"use one of: {', '.join(ENTITY_KINDS)}",
        )
    aliases, separate = (_names(raw, key, entity_id, path) for key in ("aliases", "separate"))
    wikidata = text["wikidata"]
    if wikidata and not re.fullmatch(r"Q[1-9][0-9]*", wikidata):
        raise key_error(
            raw,
            "wikidata",
            f"'wikidata' of '{entity_id}' must look like Q123",
            path,
            "copy it from wikidata.org",
        )
    if not isinstance(raw.get("ignore", False), bool):
        raise key_error(
            raw, "ignore", f"'ignore' of '{entity_id}' must be true or false", path, "write ignore: true"
        )
    return Entry(
        id=entity_id,
        line=line,
        name=text["name"],
        kind=kind,
        aliases=aliases,
        separate=separate,
        description=text["description"],
        wikidata=wikidata,
        merged_into=text["merged_into"],
        ignore=bool(raw.get("ignore", False)),
    )


def _names(raw: Map, key: str, entity_id: str, path: Path) -> tuple[str, ...]:
    """A list of names (``aliases``, ``separate``), stripped; anything else is an error."""
    values = raw.get(key) or []
    if not isinstance(values, list) or not all(isinstance(a, str) and a.strip() for a in values):
        hint = f"e.g. {key}: [Zelenski, Zelenskiy]; put a name that reads as a number or date in quotes"
        raise key_error(raw, key, f"'{key}' of '{entity_id}' must be a list of names", path, hint)
    return tuple(a.strip() for a in values)


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

"""The export the previous build wrote: where pinned ids and automatic redirects come from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.errors import BuildError

#: Export versions whose entities and claims the build can read (2 added whole-claim spans).
READABLE = (1, 2)

#: What each record of the export must hold for pins and redirects: field -> type.
_FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "articles": {"id": str, "text": str, "url": str},
    "entities": {"id": str, "kind": str, "name": str, "url": str, "aliases": list, "mentions": list},
    "claims": {"url": str, "article": str, "start": int, "end": int},
}
_SINGULAR = {"articles": "article", "entities": "entity", "claims": "claim"}
_MENTION: dict[str, type | tuple[type, ...]] = {"article": str, "start": int, "end": int}


def previous_export(docs: Path) -> dict[str, Any] | None:
    """The export the last build wrote, or None (first build, or another version's export).

    A damaged one is an error: read wrongly, it would move or break published URLs.
    """
    path = docs / "data" / "explainer.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as err:
        raise _damaged(path, f"it is not readable JSON ({err})") from None
    if not isinstance(data, dict) or data.get("version") not in READABLE:
        return None
    problem = _problem(data)
    if problem:
        raise _damaged(path, problem)
    return data


def _problem(data: dict[str, Any]) -> str | None:
    """What is wrong with an export, or None."""
    for kind, fields in _FIELDS.items():
        records = data.get(kind, [])
        if not isinstance(records, list):
            return f"'{kind}' is not a list"
        for number, record in enumerate(records, start=1):
            where = f"{_SINGULAR[kind]} {number}"
            problem = _record_problem(record, fields, where)
            for mention in record.get("mentions", []) if problem is None and kind == "entities" else []:
                problem = problem or _record_problem(mention, _MENTION, f"a mention of {where}")
            if problem:
                return problem
    return None


def _record_problem(record: object, fields: dict[str, type | tuple[type, ...]], where: str) -> str | None:
    """The first missing or mistyped field of one record, or None."""
    if not isinstance(record, dict):
        return f"{where} is not a mapping"
    for field, kind in fields.items():
        if field not in record:
            return f"{where} has no '{field}'"
        if not isinstance(record[field], kind) or isinstance(record[field], bool):
            return f"'{field}' of {where} has the wrong type"
    return None


def _damaged(path: Path, why: str) -> BuildError:
    """The error for a damaged previous export."""
    return BuildError(
        f"the previous build's export is damaged: {why}",
        path=path,
        hint="restore it from git (git checkout docs/data/explainer.json), or delete it to build "
        "without it (ids are then not pinned; seeds/published-urls.yml still guards the URLs)",
    )

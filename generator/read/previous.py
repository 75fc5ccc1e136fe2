"""The export the previous build wrote: where pinned ids and automatic redirects come from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: Export versions whose entities and claims the build can read (2 added whole-claim spans).
READABLE = (1, 2)


def previous_export(docs: Path) -> dict[str, Any] | None:
    """The export the last build wrote, or None (first build, or unreadable)."""
    path = docs / "data" / "explainer.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") in READABLE else None

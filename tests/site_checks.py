"""Reading a built site in tests: the checks live in generator.linkcheck."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.mkdocs.linkcheck import Page, internal_links, read_site

__all__ = ["Page", "export", "internal_links", "read_site"]


def export(site: Path) -> dict[str, Any]:
    """The JSON export of a built site."""
    return json.loads((site / "data" / "explainer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]

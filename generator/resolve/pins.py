"""Pins: the id each spelling had in the previous build, so an entity keeps its URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.analyse.lexicon import names


def pins_from(previous: Mapping[str, Any] | None) -> dict[str, str]:
    """Name key -> id, for every name and alias of every entity the last build had."""
    pins: dict[str, str] = {}
    for entity in (previous or {}).get("entities", []):
        for label in [entity["name"], *entity.get("aliases", [])]:
            pins.setdefault(names.match_key(label, entity["kind"]), entity["id"])
    return pins

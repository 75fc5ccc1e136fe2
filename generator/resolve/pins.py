"""Pins: the id each spelling had in the previous build, so an entity keeps its URL."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.analyse.lexicon import names
from generator.slugs import slugify


def pins_from(previous: Mapping[str, Any] | None) -> dict[str, str]:
    """Name key -> id, for every name and alias of every entity the last build had.

    Every entity's own name first, then the aliases: an alias that is also another
    entity's name ("Trump", the name of one entity and an alias of "Donald J. Trump")
    pins that entity, so neither takes the other's id and every build gives the same ids.
    Of two names that now share a key (the tables learnt that "Fed" is the Federal
    Reserve), the entity whose id spells the key's full name keeps it.
    """
    entities = list((previous or {}).get("entities", []))
    pins: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: e["id"] != slugify(names.canonical(e["name"], e["kind"]))):
        pins.setdefault(names.match_key(entity["name"], entity["kind"]), entity["id"])
    for entity in entities:
        for label in entity.get("aliases", []):
            pins.setdefault(names.match_key(label, entity["kind"]), entity["id"])
    return pins

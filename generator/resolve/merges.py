"""Warnings for register entries that pull unrelated entities together through ``aliases``.

An alias merges every cluster it names into the entry, whatever the program made of it:
one careless list ("NATO, Kyiv, Ukraine" under a person) silently folds countries and
organisations into one page. The build goes on (the register is the maintainer's word),
but says so, at the entry's line.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.errors import warn
from generator.model import EntityKind
from generator.read.register import Register

#: More separate entities than this under one entry is worth a look.
MAX_PULLED = 4


def warn_about_merges(register: Register, pulled: Mapping[str, Mapping[str, tuple[EntityKind, str]]]) -> None:
    """Warn when an entry joined entities of different kinds, or more than ``MAX_PULLED``.

    ``pulled`` maps a register id to the entities its clusters would have formed without
    the register: their group key -> (kind, name).
    """
    for entity_id, groups in sorted(pulled.items()):
        entry = register.get(entity_id)
        if entry is None or len(groups) < 2:
            continue
        where = f"{register.path}:{entry.line}: '{entity_id}'"
        kinds = {kind for kind, _ in groups.values()}
        named = sorted(groups.values(), key=lambda kn: (kn[1].casefold(), kn[0]))
        if len(kinds) > 1:
            shown = ", ".join(f"{name} ({kind})" for kind, name in named)
            warn(f"{where} pulls together names of different kinds: {shown}; check its aliases")
        elif len(groups) > MAX_PULLED:
            shown = ", ".join(name for _, name in named)
            warn(f"{where} pulls together {len(groups)} names that would be separate pages: {shown}")

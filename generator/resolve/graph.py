"""Cross-article resolution: clusters become entities, claims get speakers and stable ids.

Runs after every article is analysed and before anything is rendered. Every step is a
dictionary lookup, so the cost grows with the number of mentions, never with the square
of the number of entities.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generator.analyse.lexicon import names
from generator.analyse.lexicon.text import visible
from generator.model import (
    ENTITY_KINDS,
    Analysis,
    Article,
    Claim,
    ClaimFound,
    Entity,
    EntityKind,
    Graph,
    MentionFound,
    Span,
)
from generator.read.register import Register
from generator.resolve import clusters, mentions
from generator.resolve.merges import warn_about_merges
from generator.resolve.spelling import page_name, spelling_key
from generator.slugs import slugify, unique

#: Prefix of group keys that are register ids rather than name keys.
_REG = "id:"
#: Between an indefinite speaker's name key and its article's index in its group key.
_IN_ARTICLE = "\0"


@dataclass
class _Group:
    """Mutable accumulator for one future entity (local to this module)."""

    key: str
    register_id: str | None = None
    first: tuple[int, int] = (1 << 30, 0)  #: (article index, offset) of the first mention
    names: Counter[str] = field(default_factory=Counter)
    surfaces: set[str] = field(default_factory=set)
    epithets: set[str] = field(default_factory=set)
    kinds: Counter[EntityKind] = field(default_factory=Counter)
    joined: set[tuple[str, str, str]] = field(default_factory=set)  #: (name, article id, reason)


def resolve(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    register: Register,
    pins: Mapping[str, str] | None = None,
) -> Graph:
    """Build the whole graph of entities, mentions and claims.

    ``pins`` maps name keys to the ids earlier builds gave them (see ``urls.pins_from``):
    an entity keeps its id, and so its URL, while any of its spellings is still seen.
    """
    reg_index, ignored = _register_index(register)
    separate = _separate(register, reg_index)
    groups: dict[str, _Group] = {}
    cluster_group: dict[tuple[int, int], str] = {}
    views: dict[tuple[int, int], tuple[clusters.ClusterView, list[MentionFound]]] = {}
    for a_index, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        for cluster, found in _clusters(analysis.mentions).items():
            name, kind = _cluster_name(found)
            views[(a_index, cluster)] = (clusters.view(a_index, article.text, found, name, kind), found)
    people = clusters.PersonIndex([v for v, _ in views.values()], separate)
    pulled: dict[str, dict[str, tuple[EntityKind, str]]] = defaultdict(dict)
    for (a_index, cluster), (view, found) in views.items():
        key, join = _group_key(view, reg_index, ignored, separate, people)
        if key is None:
            continue
        if key.startswith(_REG):  # what it would have been without the register
            own = _group_key(view, {}, ignored, {}, people)[0] or key
            pulled[key[len(_REG) :]].setdefault(own, (view.kind, view.name))
        group = groups.setdefault(key, _new_group(key))
        # A member's name ("Republican") never names the members' page ("Republicans").
        _absorb(
            group, articles[a_index].text, found, a_index, join is None or join.reason != clusters.BY_PLURAL
        )
        if join is not None:
            group.joined.add((join.name, articles[join.article].id, join.reason))
        cluster_group[(a_index, cluster)] = key
    for a_index, analysis in enumerate(analyses):
        for claim in analysis.claims:
            if claim.speaker_cluster is None and claim.speaker_label:
                key = _label_key(claim.speaker_label, reg_index, ignored, a_index)
                if key is None:
                    continue
                group = groups.setdefault(key, _new_group(key))
                group.names[claim.speaker_label] += 1
                group.kinds["group"] += 1
                group.first = min(group.first, (a_index, claim.span.start))
    warn_about_merges(register, pulled)
    entity_of = _assign_ids(groups, register, pins or {})
    linked = mentions.mentions(
        articles,
        analyses,
        cluster_group,
        entity_of,
        lambda label, a_index: _label_key(label, reg_index, ignored, a_index),
    )
    # An entity no words name (a speaker label without its words) has no page.
    named = {m.entity for m in linked}
    entity_of = {key: i for key, i in entity_of.items() if i in named}
    entities = tuple(
        sorted(
            (_entity(g, entity_of[g.key], register, people) for g in groups.values() if g.key in entity_of),
            key=lambda e: e.id,
        )
    )
    claims = _claims(articles, analyses, cluster_group, entity_of, reg_index, ignored)
    return Graph(tuple(articles), tuple(analyses), entities, linked, claims)


def _new_group(key: str) -> _Group:
    """An empty group; a register key carries the entry's id."""
    return _Group(key, register_id=key[len(_REG) :] if key.startswith(_REG) else None)


def _register_index(register: Register) -> tuple[dict[str, str], set[str]]:
    """Match keys of every registered name and alias, to the id that has a page."""
    index: dict[str, str] = {}
    ignored: set[str] = set()
    for entry in register.entries:
        # The id's words count as a name too, so `putin: {}` claims the mentions of "Putin".
        labels = [*entry.aliases, *([entry.name] if entry.name else []), entry.id.replace("-", " ")]
        target = register.final_id(entry.id)
        for label in labels:
            key = names.match_key(label, entry.kind or "person")
            if entry.ignore:
                ignored.add(key)
            else:
                index.setdefault(key, target)
    return index, ignored


def _clusters(mentions: Sequence[MentionFound]) -> dict[int, list[MentionFound]]:
    """Mentions grouped by their in-article cluster, in order of first appearance."""
    out: dict[int, list[MentionFound]] = {}
    for m in mentions:
        out.setdefault(m.cluster, []).append(m)
    return out


def _separate(register: Register, reg_index: dict[str, str]) -> dict[str, set[str]]:
    """Own key of each ``separate`` spelling -> the name keys of the entry it must not join."""
    keys_of: dict[str, set[str]] = defaultdict(set)
    for key, target in reg_index.items():
        keys_of[target].add(key)
    out: dict[str, set[str]] = defaultdict(set)
    for entry in register.entries:
        own = keys_of[register.final_id(entry.id)]
        for spelling in entry.separate:
            for kind in ENTITY_KINDS:
                key = names.match_key(spelling, kind)
                # A spelling sharing the entry's own loose key ("Kharkov", "Kharkiv") is told by its letters.
                out[spelling_key(key, spelling) if key in own else key] |= own
    return dict(out)


def _cluster_name(found: Sequence[MentionFound]) -> tuple[str, EntityKind]:
    """The cluster's preferred name and majority kind."""
    named = [m for m in found if m.role == "name"] or list(found)
    name = Counter(m.name for m in named).most_common(1)[0][0]
    kinds = Counter(m.kind for m in named)
    kind = max(kinds, key=lambda k: (kinds[k], -ENTITY_KINDS.index(k)))
    return name, kind


def _group_key(
    view: clusters.ClusterView,
    reg_index: dict[str, str],
    ignored: set[str],
    separate: dict[str, set[str]],
    people: clusters.PersonIndex,
) -> tuple[str | None, clusters.Join | None]:
    """Which corpus-wide group a cluster joins (None: ignored or unresolvable), and how."""
    if any(k in ignored for k in view.keys):
        return None, None
    apart = separate.get(view.keys[0], set()) | separate.get(spelling_key(view.keys[0], view.name), set())
    for label_key in view.keys:
        if label_key in reg_index and label_key not in apart:
            return _registered(label_key, reg_index), None
    key, join = people.group(view)
    if key is None:
        return None, join
    if key in apart:
        return key, None
    return _registered(key, reg_index), join


def _label_key(label: str, reg_index: dict[str, str], ignored: set[str], a_index: int) -> str | None:
    """Group key for an unnamed group speaker ("military experts"); None: no page.

    An indefinite someone ("a source", "an official") is someone else in each article: its
    key holds the article's index, so two articles' "a source" get two pages.
    """
    key = names.match_key(label, "group")
    if key in ignored or (key not in reg_index and not mentions.speaker_page(label)):
        return None
    if key not in reg_index and mentions.indefinite(label):
        return f"{key}{_IN_ARTICLE}{a_index}"
    return _registered(key, reg_index)


def _registered(key: str, reg_index: dict[str, str]) -> str:
    """The group key for a name key: the register entry's id when it names one."""
    return _REG + reg_index[key] if key in reg_index else key


def _absorb(group: _Group, text: str, found: Sequence[MentionFound], a_index: int, naming: bool) -> None:
    """Add one cluster's names (if ``naming``), spellings, epithets and kinds to its group."""
    for m in found:
        surface = m.span.slice(text)
        if m.role == "epithet":
            group.epithets.add(" ".join(surface.split()))
            continue
        if m.role != "name":
            continue
        group.names[m.name] += naming
        group.surfaces.add(visible(surface))
        group.kinds[m.kind] += 1
        group.first = min(group.first, (a_index, m.span.start))


def _assign_ids(groups: dict[str, _Group], register: Register, pins: Mapping[str, str]) -> dict[str, str]:
    """Registered ids, then pinned ids, then new slugs of display names, by first mention.

    Every pinned id stays reserved even when its entity is gone, so an old URL is never
    reused for a different entity.
    """
    taken = {e.id for e in register.entries} | set(pins.values())
    used: set[str] = set()
    ids: dict[str, str] = {}
    ordered = sorted(groups.values(), key=lambda g: (g.first, g.key))
    for group in ordered:
        if group.register_id is not None:
            ids[group.key] = group.register_id
            used.add(group.register_id)
    # A group first keeps the id its own name had: others' votes cannot take it from it; of
    # two names one page had (a wrong join undone), the one the id was made of keeps it.
    owns = {g.key: pins.get(names.match_key(_display_name(g), _kind_of(g))) for g in ordered}
    for group in sorted(ordered, key=lambda g: owns[g.key] != slugify(_display_name(g))):
        own = owns[group.key]
        if group.key not in ids and own and own not in used:
            ids[group.key] = own
            used.add(own)
    for group in ordered:
        if group.key in ids:
            continue
        pinned = _pinned_id(group, pins, used)
        ids[group.key] = pinned if pinned else unique(slugify(_display_name(group)), taken)
        used.add(ids[group.key])
    return ids


def _pinned_id(group: _Group, pins: Mapping[str, str], used: set[str]) -> str | None:
    """The id most of the group's spellings were pinned to, if still free."""
    kind = _kind_of(group)
    votes: Counter[str] = Counter()
    for name in sorted(set(group.names) | group.surfaces):
        pinned = pins.get(names.match_key(name, kind))
        if pinned and pinned not in used:
            votes[pinned] += group.names.get(name, 1)
    if not votes:
        return None
    return min(votes, key=lambda i: (-votes[i], i))


def _kind_of(group: _Group) -> EntityKind:
    """The kind most of the group's mentions have (for its names' match keys)."""
    return group.kinds.most_common(1)[0][0] if group.kinds else "group"


def _display_name(group: _Group) -> str:
    """The name of the group's page (``spelling.page_name``), its key if it has none."""
    return page_name(group.names, _kind_of(group) == "person") if group.names else group.key


def _entity(group: _Group, entity_id: str, register: Register, people: clusters.PersonIndex) -> Entity:
    """The frozen Entity for a group, register fields first; a bare head word ("Union") is no alias."""
    entry = register.get(entity_id)
    name = (entry.name if entry and entry.name else None) or _display_name(group)
    if entry and entry.kind:
        kind: EntityKind = entry.kind
    elif group.kinds:
        kind = max(group.kinds, key=lambda k: (group.kinds[k], -ENTITY_KINDS.index(k)))
    else:
        kind = "group"
    seen = {s for s in set(group.names) | group.surfaces if not people.bare_head(s, kind)}
    aliases = tuple(sorted(s for s in seen | set(entry.aliases if entry else ()) if s != name))
    return Entity(
        id=entity_id,
        kind=kind,
        name=name,
        aliases=aliases,
        description=entry.description if entry else None,
        wikidata=entry.wikidata if entry else None,
        epithets=tuple(sorted(group.epithets)),
        joined=tuple(sorted(group.joined)),
    )


def _claims(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    cluster_group: dict[tuple[int, int], str],
    entity_of: dict[str, str],
    reg_index: dict[str, str],
    ignored: set[str],
) -> tuple[Claim, ...]:
    """Claims with speakers, subjects and ids; a quote over several paragraphs is one claim."""
    out: list[Claim] = []
    taken: set[str] = set()
    for a_index, (article, analysis) in enumerate(zip(articles, analyses, strict=True)):
        parts: dict[int, list[ClaimFound]] = {}
        for index, found in enumerate(analysis.claims):
            head = found.part_of if found.part_of is not None else index
            parts.setdefault(head, []).append(found)
        for head in sorted(parts):
            pieces = parts[head]
            first = pieces[0]
            speaker = _speaker(a_index, pieces, cluster_group, entity_of, reg_index, ignored)
            spans = tuple(p.span for p in pieces)
            about = _about(a_index, analysis, spans, cluster_group, entity_of)
            claim_text = " ".join(s.slice(article.text) for s in spans)
            out.append(
                Claim(
                    id=_claim_id(article.id, claim_text, taken),
                    article=article.id,
                    span=first.span,
                    kind=first.kind,
                    sentence=first.sentence,
                    cue=next((p.cue for p in pieces if p.cue), None),
                    speaker=speaker,
                    speaker_span=next((p.speaker for p in pieces if p.speaker), None),
                    about=about,
                    topics=tuple(dict.fromkeys(t for p in pieces for t in p.topics)),
                    parts=spans if len(spans) > 1 else (),
                )
            )
    return tuple(out)


def _speaker(
    a_index: int,
    pieces: Sequence[ClaimFound],
    cluster_group: dict[tuple[int, int], str],
    entity_of: dict[str, str],
    reg_index: dict[str, str],
    ignored: set[str],
) -> str | None:
    """The entity id of the claim's speaker, from any part that names one."""
    for piece in pieces:
        if piece.speaker_cluster is not None:
            key = cluster_group.get((a_index, piece.speaker_cluster))
            if key is not None and key in entity_of:
                return entity_of[key]
        if piece.speaker_label:
            label_key = _label_key(piece.speaker_label, reg_index, ignored, a_index)
            if label_key is not None and label_key in entity_of:
                return entity_of[label_key]
    return None


def _about(
    a_index: int,
    analysis: Analysis,
    spans: Sequence[Span],
    cluster_group: dict[tuple[int, int], str],
    entity_of: dict[str, str],
) -> tuple[str, ...]:
    """Entities mentioned inside the claim's words, in order, each once."""
    seen: dict[str, None] = {}
    for m in analysis.mentions:
        if any(s.contains(m.span) for s in spans):
            key = cluster_group.get((a_index, m.cluster))
            if key is not None and key in entity_of:
                seen.setdefault(entity_of[key], None)
    return tuple(seen)


def _claim_id(article_id: str, text: str, taken: set[str]) -> str:
    """A readable, content-addressed id: first words, plus a hash of article and words."""
    normal = " ".join(text.split())
    digest = hashlib.sha1(f"{article_id}\0{normal}".encode()).hexdigest()[:6]
    words = slugify(" ".join(normal.split()[:7]), fallback_prefix="claim")
    words = words[:48].rsplit("-", 1)[0] if len(words) > 48 else words
    return unique(f"{words}-{digest}", taken)

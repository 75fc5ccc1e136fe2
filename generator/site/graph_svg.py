"""Who speaks about whom, drawn at build time as inline SVG: no script, no outside request.

The layout is deterministic (nodes on circles, ordered by kind, weight and name), so the
same input gives the same picture byte for byte. Every node is a link to its page; names
come from articles and are escaped with ``html.escape``.
"""

from __future__ import annotations

import html
import math
import posixpath
import weakref
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.resolve.addresses import entity_page, page_url
from generator.site.lookup import Lookup
from generator.site.wording import HOME_GRAPH, KIND_LABELS, LOCAL_GRAPH

#: At most this many nodes on the home page, and around an entity on its page.
HOME_LIMIT = 24
LOCAL_LIMIT = 12
_KIND_ORDER = ("person", "organization", "group", "country", "region")
_LABEL_CHARS = 24
#: Each site's claim edges, kept while its Lookup lives (see ``_indexed``).
_EDGES: weakref.WeakKeyDictionary[
    Lookup, tuple[Counter[tuple[str, str]], dict[str, list[tuple[str, str]]]]
] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Node:
    """One entity in the picture."""

    id: str
    label: str
    kind: str
    url: str  #: relative to the page the picture is on
    weight: int


@dataclass(frozen=True)
class Edge:
    """``source`` makes claims about ``target`` (or, when ``mentioned``, shares sentences)."""

    source: str
    target: str
    weight: int
    mentioned: bool = False


def dir_url(from_page: str, to_page: str) -> str:
    """A relative URL between the built pages (``entities/x.md`` is served at ``entities/x/``)."""
    here = page_url(from_page).rstrip("/") or "."
    there = page_url(to_page).rstrip("/") or "."
    rel = posixpath.relpath(there, here)
    return "./" if rel == "." else rel + "/"


def claim_edges(lookup: Lookup) -> Counter[tuple[str, str]]:
    """(speaker, subject) -> how many claims the speaker makes about the subject."""
    return _indexed(lookup)[0]


def _indexed(lookup: Lookup) -> tuple[Counter[tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """The claim edges and, for each entity, the edges it is on: made once per site.

    Every entity page draws its neighbourhood; going over all the site's claims for each
    would cost entities × claims (some 10^8 steps at 1,000 articles).
    """
    known = _EDGES.get(lookup)
    if known is not None:
        return known
    edges: Counter[tuple[str, str]] = Counter()
    for claim in lookup.graph.claims:
        if claim.speaker:
            for about in dict.fromkeys(claim.about):
                if about != claim.speaker:
                    edges[(claim.speaker, about)] += 1
    on: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in sorted(edges):
        on[pair[0]].append(pair)
        on[pair[1]].append(pair)
    indexed = (edges, dict(on))
    _EDGES[lookup] = indexed
    return indexed


def home_graph(lookup: Lookup, page: str) -> Markup:
    """The corpus-wide picture: the most connected speakers and subjects."""
    edges = claim_edges(lookup)
    degree: Counter[str] = Counter()
    for (a, b), n in edges.items():
        degree[a] += n
        degree[b] += n
    chosen = sorted(degree, key=lambda e: (-degree[e], e))[:HOME_LIMIT]
    keep = set(chosen)
    nodes = [_node(lookup, page, e, degree[e]) for e in chosen]
    kept = [Edge(a, b, n) for (a, b), n in sorted(edges.items()) if a in keep and b in keep]
    return render(nodes, kept, HOME_GRAPH, center=None)


def neighbourhood(lookup: Lookup, page: str, entity_id: str) -> Markup:
    """One entity, who it speaks about, who speaks about it, and who it is named with."""
    edges, on = _indexed(lookup)
    mine = on.get(entity_id, [])
    weight: Counter[str] = Counter()
    for a, b in mine:
        weight[b if a == entity_id else a] += edges[(a, b)]
    ranked = sorted(weight, key=lambda e: (-weight[e], e))[: LOCAL_LIMIT - 1]
    together = lookup.related.get(entity_id, Counter())
    fill = sorted((e for e in together if e not in weight), key=lambda e: (-together[e], e))
    ranked += fill[: LOCAL_LIMIT - 1 - len(ranked)]
    if not ranked:
        return Markup("")
    nodes = [_node(lookup, page, entity_id, 0)] + [
        _node(lookup, page, e, weight[e] or together[e]) for e in ranked
    ]
    shown = set(ranked) | {entity_id}
    kept = [Edge(a, b, edges[(a, b)]) for a, b in mine if {a, b} <= shown]
    kept += [Edge(entity_id, e, together[e], mentioned=True) for e in ranked if e not in weight]
    name = lookup.entities[entity_id].name
    return render(nodes, kept, LOCAL_GRAPH.format(name=name), center=entity_id)


def _node(lookup: Lookup, page: str, entity_id: str, weight: int) -> Node:
    """A node for one entity, linked from ``page``."""
    entity = lookup.entities[entity_id]
    return Node(entity_id, entity.name, entity.kind, dir_url(page, entity_page(entity_id)), weight)


def _order(nodes: Sequence[Node]) -> list[Node]:
    """Nodes grouped by kind, heaviest first within a kind: the order around the circle."""
    rank = {k: i for i, k in enumerate(_KIND_ORDER)}
    return sorted(nodes, key=lambda n: (rank.get(n.kind, len(rank)), -n.weight, n.label))


def layout(
    nodes: Sequence[Node], center: str | None, width: int, height: int
) -> dict[str, tuple[float, float]]:
    """Positions: the centre node (if any) in the middle, the others evenly on a circle."""
    cx, cy = width / 2, height / 2
    ring = [n for n in _order(nodes) if n.id != center]
    radius = min(width * 0.30, height * 0.38)
    pos = {center: (cx, cy)} if center else {}
    for i, node in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(ring), 1)
        pos[node.id] = (round(cx + radius * math.cos(angle), 1), round(cy + radius * math.sin(angle), 1))
    return pos


def render(nodes: Sequence[Node], edges: Sequence[Edge], title: str, center: str | None) -> Markup:
    """The figure: an SVG with a title, one link per node, and a caption."""
    width, height = (760, 560) if center is None else (640, 460)
    pos = layout(nodes, center, width, height)
    by_id = {n.id: n for n in nodes}
    top = max((n.weight for n in nodes), default=1) or 1
    parts = [
        f'<svg class="graph-svg" viewBox="0 0 {width} {height}" role="group" '
        f'aria-label="{html.escape(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{html.escape(title)}</title>",
        '<defs><marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">'
        '<path d="M0 0L10 5L0 10z" class="graph-arrowhead"/>'
        "</marker></defs>",
        '<g class="graph-edges">',
    ]
    parts += [
        _edge(e, pos, by_id, top, (width / 2, height / 2))
        for e in edges
        if e.source in pos and e.target in pos
    ]
    parts.append('</g><g class="graph-nodes">')
    parts += [_node_svg(n, pos[n.id], n.id == center, top, (width / 2, height / 2)) for n in _order(nodes)]
    parts.append("</g></svg>")
    return Markup("".join(parts))


def _radius(node: Node, top: int, is_center: bool) -> float:
    """Bigger circles for busier entities."""
    if is_center:
        return 16.0
    return round(6 + 8 * math.sqrt(node.weight / top), 1)


def _edge(
    edge: Edge,
    pos: dict[str, tuple[float, float]],
    nodes: dict[str, Node],
    top: int,
    mid: tuple[float, float],
) -> str:
    """A curve from speaker to subject, bent towards the middle, ending in an arrow."""
    (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
    bend = 0.35
    qx = round((x1 + x2) / 2 * (1 - bend) + mid[0] * bend, 1)
    qy = round((y1 + y2) / 2 * (1 - bend) + mid[1] * bend, 1)
    x2, y2 = _shorten((qx, qy), (x2, y2), _radius(nodes[edge.target], top, False) + 3)
    css = "graph-edge graph-edge--mentioned" if edge.mentioned else "graph-edge"
    width = round(1 + 2.5 * min(edge.weight, 6) / 6, 2)
    marker = "" if edge.mentioned else ' marker-end="url(#graph-arrow)"'
    return f'<path class="{css}" d="M{x1} {y1}Q{qx} {qy} {x2} {y2}" stroke-width="{width}"{marker}/>'


def _shorten(a: tuple[float, float], b: tuple[float, float], by: float) -> tuple[float, float]:
    """Point ``b`` moved ``by`` units back towards ``a`` (so arrows stop at the circle)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    return round(b[0] - dx / length * by, 1), round(b[1] - dy / length * by, 1)


def _node_svg(
    node: Node, xy: tuple[float, float], is_center: bool, top: int, mid: tuple[float, float]
) -> str:
    """A linked circle with its label beside it, on the outer side."""
    x, y = xy
    r = _radius(node, top, is_center)
    label = node.label if len(node.label) <= _LABEL_CHARS else node.label[: _LABEL_CHARS - 1].rstrip() + "…"
    if is_center:
        anchor, tx, ty = "middle", x, y + r + 18
    elif abs(x - mid[0]) < 1:
        anchor, tx, ty = "middle", x, (y - r - 6 if y < mid[1] else y + r + 16)
    else:
        anchor = "start" if x > mid[0] else "end"
        tx, ty = x + (r + 5 if x > mid[0] else -r - 5), y + 4.5
    kind = KIND_LABELS.get(node.kind, node.kind)
    name = html.escape(node.label)
    css = f"graph-node graph-node--{html.escape(node.kind)}" + (" graph-node--center" if is_center else "")
    return (
        f'<a class="{css}" href="{html.escape(node.url)}" aria-label="{name} ({html.escape(kind.lower())})">'
        f"<title>{name} ({html.escape(kind.lower())})</title>"
        f'<circle cx="{x}" cy="{y}" r="{r}"/>'
        f'<text x="{round(tx, 1)}" y="{round(ty, 1)}" text-anchor="{anchor}">{html.escape(label)}</text></a>'
    )

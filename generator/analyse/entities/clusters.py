"""Stage 5, clusters: which mentions name the same entity within the article.

By ``names`` keys (transliteration folding, abbreviation and alias expansion), a lone surname
joining the nearest full name with that surname, an acronym joining the organisation whose
initials it spells. Each cluster gets one display name and one kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from generator.analyse.entities.candidates import Cand, text_of
from generator.analyse.lexicon import names
from generator.analyse.lexicon.kinds import drop_titles
from generator.model import EntityKind, MentionFound, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Family of kinds that may share a cluster (a country and a region can be one place).
_FAMILY: dict[str, str] = {
    "person": "person",
    "organization": "organization",
    "country": "place",
    "region": "place",
    "group": "group",
}
#: Appended to a place's name for its sports team, a page apart from the place itself.
_TEAM = " (team)"


@dataclass
class _Node:
    """One distinct name within a family; clusters are unions of nodes."""

    family: str
    key: str
    words: int
    first: int  #: index of its first mention
    parent: int = -1


def cluster(doc: Doc, cands: list[Cand]) -> list[MentionFound]:
    """Cluster ids by first appearance and one display name per cluster."""
    texts = [text_of(doc, c) for c in cands]
    kinds_ = [c.kind for c in cands if c.kind is not None]
    canon = [
        c.team + _TEAM if c.team else names.canonical(t, k)
        for t, k, c in zip(texts, kinds_, cands, strict=True)
    ]
    keys = [names.match_key(c, k) for c, k in zip(canon, kinds_, strict=True)]
    node_of: dict[tuple[str, str], int] = {}
    nodes: list[_Node] = []
    for i, (key, kind) in enumerate(zip(keys, kinds_, strict=True)):
        ident = (_FAMILY[kind], key)
        if ident not in node_of:
            node_of[ident] = len(nodes)
            nodes.append(_Node(ident[0], key, len(key.split()), i))
    mention_node = [node_of[(_FAMILY[k], key)] for key, k in zip(keys, kinds_, strict=True)]
    _join_persons(nodes, mention_node)
    _join_org_words(nodes, mention_node)
    _join_acronyms(nodes, canon, mention_node)
    roots = [_root(nodes, n) for n in mention_node]
    cluster_of: dict[int, int] = {}
    for root in roots:
        cluster_of.setdefault(root, len(cluster_of))
    display = _display_names(roots, canon, kinds_, texts)
    return [
        MentionFound(
            Span(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1].text)),
            _cluster_kind(roots, kinds_, root),
            display[root],
            "name",
            cluster_of[root],
        )
        for c, root in zip(cands, roots, strict=True)
    ]


def _root(nodes: list[_Node], i: int) -> int:
    """Union-find root of node ``i``."""
    while nodes[i].parent >= 0:
        i = nodes[i].parent
    return i


def _union(nodes: list[_Node], child: int, parent: int) -> None:
    """Attach ``child``'s tree under ``parent``'s root."""
    a, b = _root(nodes, child), _root(nodes, parent)
    if a != b:
        nodes[a].parent = b


def _join_persons(nodes: list[_Node], mention_node: list[int]) -> None:
    """A lone name joins the nearest full name ending (else starting) with it; sub-names join."""
    full = [i for i, n in enumerate(nodes) if n.family == "person" and n.words > 1]
    for i in full:
        for j in full:
            small, big = nodes[i].key.split(), nodes[j].key.split()
            if i != j and len(small) < len(big) and small[-1] == big[-1] and set(small) <= set(big):
                _union(nodes, i, j)
    for pos, node_id in enumerate(mention_node):
        node = nodes[node_id]
        if node.family != "person" or node.words != 1 or node.parent >= 0:
            continue
        target = _nearest_full(nodes, mention_node, pos, node.key, "last")
        if target is None:
            target = _nearest_full(nodes, mention_node, pos, node.key, "first")
        if target is not None:
            _union(nodes, node_id, target)


def _join_org_words(nodes: list[_Node], mention_node: list[int]) -> None:
    """A one-word organisation ("the Church") joins the last longer one holding that word."""
    for pos, node_id in enumerate(mention_node):
        node = nodes[node_id]
        if node.family != "organization" or node.words != 1 or node.parent >= 0:
            continue
        target = _nearest_full(nodes, mention_node, pos, node.key, "any", "organization")
        if target is not None:
            _union(nodes, node_id, target)


def _nearest_full(
    nodes: list[_Node],
    mention_node: list[int],
    pos: int,
    word: str,
    where: Literal["first", "last", "any"],
    family: str = "person",
) -> int | None:
    """Node of the nearest earlier (persons: else later) multi-word mention holding ``word``.

    ``where`` says which of its words must be ``word``: the first, the last, or any.
    """
    order = list(range(pos - 1, -1, -1))
    if family == "person":
        order += list(range(pos + 1, len(mention_node)))
    for other in order:
        node = nodes[mention_node[other]]
        words = node.key.split()
        if node.family != family or node.words < 2:
            continue
        if (where == "first" and words[0] == word) or (where == "last" and words[-1] == word):
            return mention_node[other]
        if where == "any" and word in words:
            return mention_node[other]
    return None


def _join_acronyms(nodes: list[_Node], canon: list[str], mention_node: list[int]) -> None:
    """An all-capitals organisation name joins the organisation whose initials it spells."""
    by_initials: dict[str, int] = {}
    for name, node_id in zip(canon, mention_node, strict=True):
        if nodes[node_id].family == "organization" and len(name.split()) > 1:
            by_initials.setdefault(names.initials(name), node_id)
    for name, node_id in zip(canon, mention_node, strict=True):
        bare = name.replace(".", "")
        if nodes[node_id].family == "organization" and bare.isupper() and bare in by_initials:
            _union(nodes, node_id, by_initials[bare])


def _display_names(
    roots: list[int], canon: list[str], kinds_: list[EntityKind], texts: list[str]
) -> dict[int, str]:
    """Per cluster: the longest full form seen, titles dropped (canonical for tables)."""
    best: dict[int, str] = {}
    for root, name, kind in zip(roots, canon, kinds_, strict=True):
        if kind == "person":
            name = " ".join(drop_titles(name.split()))
        old = best.get(root)
        if old is None or (len(name.split()), len(name)) > (len(old.split()), len(old)):
            best[root] = name
    return best


def _cluster_kind(roots: list[int], kinds_: list[EntityKind], root: int) -> EntityKind:
    """A cluster's kind: country beats region (a country named in passing as a place)."""
    seen = [k for r, k in zip(roots, kinds_, strict=True) if r == root]
    if "country" in seen:
        return "country"
    return max(set(seen), key=lambda k: (seen.count(k), k))

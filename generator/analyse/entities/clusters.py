"""Stage 5, clusters: which mentions name the same entity within the article.

By ``names`` keys (transliteration folding, abbreviation and alias expansion), a lone surname
joining the nearest full name with that surname, an acronym joining the organisation whose
initials it spells. Each cluster gets one display name and one kind.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.analyse.claims.words import GENDERED
from generator.analyse.entities.candidates import Cand, text_of
from generator.analyse.lexicon import gazetteer, kinds, lists, names
from generator.analyse.lexicon.kinds import drop_titles, is_demonym
from generator.analyse.lexicon.text import fold
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
    """One distinct name within a family; clusters are unions of nodes.

    A one-word person name is one node per spelling and per gender its title states
    ("Mr. Clinton" and "Mrs. Clinton" are two nodes; "Korea" and "Kerry", one key, two nodes).
    """

    family: str
    key: str
    words: int
    first: int  #: index of its first mention
    spell: str = ""  #: first three letters of the folded surname word (persons)
    gender: str | None = None  #: "m"/"f" from the title of a one-word person name
    titles: set[str] = field(default_factory=set)  #: folded titles before its mentions
    initials: set[str] = field(default_factory=set)  #: middle initials as written (persons)
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
    titles = [_title_at(doc, c) for c in cands]
    node_of: dict[tuple[str, str, str, str | None], int] = {}
    nodes: list[_Node] = []
    mention_node: list[int] = []
    for i, (key, kind, name) in enumerate(zip(keys, kinds_, canon, strict=True)):
        family, words = _FAMILY[kind], len(key.split())
        # Spelling variants of one surname keep its opening letters ("Zelenski", "Zelenskiy");
        # words that share only the loose key do not ("Korea", "Kerry").
        spell = fold(names.surname_word(name))[:3] if family == "person" else ""
        lone = family == "person" and words == 1
        gender = _gendered().get(titles[i] or "") if lone else None
        ident = (family, key, spell if lone else "", gender)
        if ident not in node_of:
            node_of[ident] = len(nodes)
            nodes.append(_Node(family, key, words, i, spell, gender))
        mention_node.append(node_of[ident])
        if titles[i]:
            nodes[node_of[ident]].titles.add(titles[i] or "")
        if family == "person" and words > 1:
            nodes[node_of[ident]].initials.add(names.middle_initials(name))
    _join_persons(
        nodes,
        mention_node,
        [names.given_gender(n) if k == "person" else None for n, k in zip(canon, kinds_, strict=True)],
    )
    _join_org_words(nodes, mention_node, canon)
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


def _join_persons(nodes: list[_Node], mention_node: list[int], given: list[str | None]) -> None:
    """Sub-names join full names; a lone name joins the one full name it can only be (else none).

    A lone surname joins a full name ending in it, spelled alike, whose given name is not of
    the other sex than its title states. Two such full names ("Bill Clinton", "Hillary
    Clinton"): the title decides if only one of them bears it, else the surname stays with
    neither. A surname whose gendered title fits no full name of the article ("Mr. Obama"
    beside "Michelle Obama") names someone else, and the bare surname goes with it. A lone
    word that ends no full name joins the nearest one it opens ("Hillary").
    """
    full = [i for i, n in enumerate(nodes) if n.family == "person" and n.words > 1]
    for i in full:
        for j in full:
            if i != j and _sub_name(nodes[i].key, nodes[j].key) and _initials_agree(nodes[i], nodes[j]):
                _union(nodes, i, j)
    genders: dict[int, set[str]] = {}
    full_titles: dict[int, set[str]] = {}
    for pos, node_id in enumerate(mention_node):
        if nodes[node_id].family == "person" and nodes[node_id].words > 1:
            sex = given[pos]
            genders.setdefault(_root(nodes, node_id), set()).update([sex] if sex else [])
            full_titles.setdefault(_root(nodes, node_id), set()).update(nodes[node_id].titles)
    lone = [i for i, n in enumerate(nodes) if n.family == "person" and n.words == 1]
    unplaced: list[int] = []
    for i in sorted(lone, key=lambda i: (nodes[i].gender is None, nodes[i].first)):
        node = nodes[i]
        ends = [j for j in full if _ends_in(nodes[j], node)]
        options = sorted({_root(nodes, j) for j in ends})
        if node.gender is not None:
            options = [r for r in options if genders.get(r, set()) <= {node.gender}]
        else:
            others = [j for j in unplaced if nodes[j].spell == node.spell]
            if others:  # a gendered title the full names do not fit: that person, if only one
                if len(others) == 1:
                    _union(nodes, i, others[0])
                continue
        if len(options) > 1:
            options = [r for r in options if node.titles & full_titles.get(r, set())]
        if len(options) == 1:
            _union(nodes, i, options[0])
            continue
        if not options and node.gender is not None:
            unplaced.append(i)
        if not options and not ends:
            target = _nearest_full(nodes, mention_node, node.first, node.key)
            if target is not None and genders.get(_root(nodes, target), set()) <= {
                node.gender or "m",
                node.gender or "f",
            }:
                _union(nodes, i, target)


def _initials_agree(one: _Node, other: _Node) -> bool:
    """False when both names are written with middle initials, never the same ones.

    "George W. Bush" and "George H.W. Bush" are father and son, though one key holds both
    "George W. Bush" and "George Bush" (keys drop one-letter words).
    """
    a, b = one.initials - {""}, other.initials - {""}
    return not a or not b or bool(a & b)


def _ends_in(full: _Node, lone: _Node) -> bool:
    """True when the full name's surname is the lone name, spelled alike."""
    return full.spell == lone.spell and _core(full.key)[-1:] == [lone.key]


def _sub_name(small: str, big: str) -> bool:
    """True when a full name is a shorter form of another ("Joe Biden", "Joseph R. Biden").

    Same surname and suffix ("Jr." never joins a name without it: father and son), a given
    name that is the same or a listed short form, and no middle name the longer one lacks.
    """
    a, b = _core(small), _core(big)
    if small.split()[len(a) :] != big.split()[len(b) :] or a[-1] != b[-1] or small == big:
        return False
    if len(a) < len(b) and set(a) <= set(b):
        return True
    same_given = a[0] != b[0] and bool(names.given_forms(a[0]) & names.given_forms(b[0]))
    return same_given and len(a) <= len(b) and set(a[1:-1]) <= set(b[1:-1]) and (len(a), a) < (len(b), b)


def _core(key: str) -> list[str]:
    """A person key's words, generational suffixes ("jr") dropped from the end."""
    words = key.split()
    while len(words) > 1 and words[-1] in lists.words("entity_name_suffixes.txt"):
        words.pop()
    return words


@functools.cache
def _gendered() -> dict[str, str]:
    """Folded gendered title -> "m"/"f" (``claim_gendered_words.tsv``)."""
    return {fold(word): gender for word, gender in GENDERED.items()}


def _title_at(doc: Doc, cand: Cand) -> str | None:
    """The folded title opening the mention or standing just before it ("mrs", "president")."""
    words = [doc[cand.start].text]
    if cand.start > 0:
        words.insert(0, doc[cand.start - 1].text)
    for word in words:
        if kinds.title_length([word]) or fold(word) in _gendered():
            return fold(word)
    return None


def _join_org_words(nodes: list[_Node], mention_node: list[int], canon: list[str]) -> None:
    """A one-word organisation joins the last longer one it is the place-qualified head of.

    "Senate" joins "U.S. Senate" (the other words name a place), but not "Senate
    Subcommittee on ..." (not its head), and "House" not "White House" nor "Department"
    "State Department": a bare head word there is ambiguous ("the House" is another body).
    """
    for pos, node_id in enumerate(mention_node):
        node = nodes[node_id]
        if node.family != "organization" or node.words != 1 or node.parent >= 0:
            continue
        for other in range(pos - 1, -1, -1):
            target = nodes[mention_node[other]]
            if target.family == "organization" and target.words > 1 and node.key in target.key.split():
                if place_qualified(canon[other].split(), node.key):
                    _union(nodes, node_id, mention_node[other])
                break


def place_qualified(words: list[str], head_key: str) -> bool:
    """True when a name is a place (or nationality) then the head word ("U.S. Senate")."""
    if names.word_key(words[-1]) != head_key:
        return False
    rest = " ".join(words[:-1])
    return bool(
        gazetteer.country(rest) or gazetteer.abbreviation(rest) or gazetteer.place(rest) or is_demonym(rest)
    )


def _nearest_full(nodes: list[_Node], mention_node: list[int], pos: int, word: str) -> int | None:
    """Node of the nearest earlier, else later, multi-word person name opening with ``word``."""
    for other in list(range(pos - 1, -1, -1)) + list(range(pos + 1, len(mention_node))):
        node = nodes[mention_node[other]]
        if node.family == "person" and node.words > 1 and node.key.split()[0] == word:
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
    """Per cluster: the longest full form seen, titles dropped (canonical for tables).

    A form set in capitals ("VALPARAISO" in a dateline) only when the cluster has no other.
    """
    best: dict[int, str] = {}

    def rank(name: str) -> tuple[bool, int, int]:
        """Higher is better: not in capitals, then more words, then more characters."""
        return not names.in_capitals(name), len(name.split()), len(name)

    for root, name, kind in zip(roots, canon, kinds_, strict=True):
        if kind == "person":
            name = " ".join(drop_titles(name.split()))
        old = best.get(root)
        if old is None or rank(name) > rank(old):
            best[root] = name
    return best


def _cluster_kind(roots: list[int], kinds_: list[EntityKind], root: int) -> EntityKind:
    """A cluster's kind: country beats region (a country named in passing as a place)."""
    seen = [k for r, k in zip(roots, kinds_, strict=True) if r == root]
    if "country" in seen:
        return "country"
    return max(set(seen), key=lambda k: (seen.count(k), k))

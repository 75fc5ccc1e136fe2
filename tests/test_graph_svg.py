"""The build-time picture: relative URLs, escaping, limits, determinism."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from generator.model import Analysis, Article, Claim, Entity, Graph, Mention, Paragraph, Sentence, Span
from generator.site import graph_svg
from generator.site.graph_svg import Edge, Node
from generator.site.lookup import Lookup

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    ("here", "there", "url"),
    [
        ("entities/x.md", "entities/y.md", "../y/"),
        ("entities/x.md", "entities/x.md", "./"),
        ("index.md", "entities/y.md", "entities/y/"),
        ("entities/x.md", "index.md", "../../"),
        ("articles/index.md", "entities/y.md", "../entities/y/"),
        ("claims/index.md", "index.md", "../"),
        ("glossary.md", "entities/y.md", "../entities/y/"),
    ],
)
def test_dir_url_points_at_the_built_directory(here: str, there: str, url: str) -> None:
    assert graph_svg.dir_url(here, there) == url


def _nodes(n: int, label: str = "Name") -> list[Node]:
    return [Node(f"e{i}", f"{label} {i}", "person" if i % 2 else "region", f"../e{i}/", i) for i in range(n)]


def test_names_are_escaped_and_the_svg_is_well_formed() -> None:
    nodes = [*_nodes(3), Node("evil", '<script>alert("x")</script> & co', "group", "../evil/", 1)]
    out = graph_svg.render(nodes, [Edge("e1", "evil", 2)], "Title <b>", center=None)
    assert "<script>" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out
    root = ET.fromstring(str(out))
    links = root.findall(f".//{SVG}a")
    assert [a.get("href") for a in links] == [n.url for n in graph_svg._order(nodes)]
    assert all(a.find(f"{SVG}title") is not None for a in links)
    assert root.get("aria-label") == "Title <b>"


def test_layout_is_deterministic_and_inside_the_picture() -> None:
    nodes = _nodes(24)
    first = graph_svg.layout(nodes, None, 760, 560)
    assert first == graph_svg.layout(list(reversed(nodes)), None, 760, 560)
    assert len(set(first.values())) == 24
    assert all(0 < x < 760 and 0 < y < 560 for x, y in first.values())
    assert graph_svg.layout(nodes, "e3", 640, 460)["e3"] == (320, 230)


def _graph(speakers: int, subjects: int) -> Graph:
    """A tiny corpus: every speaker makes one claim about every subject."""
    text = "x" * 100
    ids = [f"s{i}" for i in range(speakers)] + [f"t{i}" for i in range(subjects)]
    entities = tuple(Entity(i, "person" if i.startswith("s") else "region", i.upper(), ()) for i in ids)
    claims = tuple(
        Claim(f"c-{s}-{t}", "a", Span(0, 5), "direct", 0, None, f"s{s}", None, (f"t{t}",), ())
        for s in range(speakers)
        for t in range(subjects)
    )
    mentions = tuple(Mention(i, "a", Span(0, 2), 0, "name") for i in ids)
    analysis = Analysis(
        "a", (Paragraph(0, Span(0, 100), "p-1"),), (Sentence(0, 0, Span(0, 100), "s-1"),), (), ()
    )
    return Graph((Article("a", "a.txt", text, "A"),), (analysis,), entities, mentions, claims)


def test_the_home_picture_and_the_neighbourhood_stay_small() -> None:
    lookup = Lookup(_graph(4, 30))
    home = ET.fromstring(str(graph_svg.home_graph(lookup, "index.md")))
    assert len(home.findall(f".//{SVG}a")) == graph_svg.HOME_LIMIT
    local = ET.fromstring(str(graph_svg.neighbourhood(lookup, "entities/s0.md", "s0")))
    hrefs = [a.get("href") for a in local.findall(f".//{SVG}a")]
    assert len(hrefs) == graph_svg.LOCAL_LIMIT
    assert "./" in hrefs and all(h == "./" or h.startswith("../") for h in hrefs)
    assert graph_svg.neighbourhood(lookup, "entities/s0.md", "s0") == graph_svg.neighbourhood(
        lookup, "entities/s0.md", "s0"
    )


def test_arrows_go_from_speaker_to_subject() -> None:
    lookup = Lookup(_graph(1, 2))
    edges = graph_svg.claim_edges(lookup)
    assert edges == {("s0", "t0"): 1, ("s0", "t1"): 1}

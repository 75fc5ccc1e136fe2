"""Cross-article resolution on hand-made analyses (no NLP involved)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Analysis, Article, ClaimFound, MentionFound, Paragraph, Sentence, Span
from generator.read import register
from generator.resolve import resolve


def _article(
    article_id: str,
    text: str,
    mentions: list[tuple[str, str, str, int, str]],
    claims: tuple[ClaimFound, ...] = (),
) -> tuple[Article, Analysis]:
    """An article whose mentions are (surface, name, kind, cluster, role), found in order."""
    found, cursor = [], 0
    for surface, name, kind, cluster, role in mentions:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        found.append(MentionFound(Span(start, cursor), kind, name, role, cluster))  # type: ignore[arg-type]
    para = Paragraph(0, Span(0, len(text)), "p-0")
    sent = Sentence(0, 0, Span(0, len(text)), "s-0")
    analysis = Analysis(article_id, (para,), (sent,), tuple(found), claims)
    return Article(article_id, f"seeds/{article_id}.txt", text, article_id), analysis


def _graph(items: list[tuple[Article, Analysis]], reg: register.Register = register.EMPTY):  # type: ignore[no-untyped-def]
    return resolve([a for a, _ in items], [b for _, b in items], reg)


def test_one_person_across_articles_and_spellings() -> None:
    a = _article(
        "a",
        "Volodymyr Zelenski spoke. Zelenski left.",
        [
            ("Volodymyr Zelenski", "Volodymyr Zelenski", "person", 0, "name"),
            ("Zelenski", "Volodymyr Zelenski", "person", 0, "name"),
        ],
    )
    b = _article("b", "Zelenski replied.", [("Zelenski", "Zelenski", "person", 0, "name")])
    graph = _graph([a, b])
    assert [e.name for e in graph.entities] == ["Volodymyr Zelenski"]
    assert {m.article for m in graph.mentions} == {"a", "b"}


def test_surname_shared_by_two_people_is_not_merged() -> None:
    a = _article(
        "a",
        "John Smith and Jane Smith met. Smith spoke.",
        [
            ("John Smith", "John Smith", "person", 0, "name"),
            ("Jane Smith", "Jane Smith", "person", 1, "name"),
        ],
    )
    b = _article("b", "Smith spoke.", [("Smith", "Smith", "person", 0, "name")])
    graph = _graph([a, b])
    # Nothing decides which Smith article b means: its mention stays unlinked, no guess.
    assert sorted(e.name for e in graph.entities) == ["Jane Smith", "John Smith"]
    assert {m.article for m in graph.mentions} == {"a"}


def test_register_renames_merges_and_ignores(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        "entities:\n"
        "  kyiv:\n    name: Kyiv\n    kind: region\n    aliases: [Kiev]\n"
        "  noise:\n    ignore: true\n    aliases: [The Event]\n",
        encoding="utf-8",
    )
    a = _article(
        "a",
        "Kiev and Kyiv. The Event.",
        [
            ("Kiev", "Kiev", "person", 0, "name"),
            ("Kyiv", "Kyiv", "region", 1, "name"),
            ("The Event", "The Event", "organization", 2, "name"),
        ],
    )
    graph = _graph([a], register.load(path))
    assert [(e.id, e.name, e.kind) for e in graph.entities] == [("kyiv", "Kyiv", "region")]
    assert "Kiev" in graph.entities[0].aliases
    assert len(graph.mentions) == 2


def test_multi_paragraph_quote_is_one_claim_with_parts() -> None:
    text = "Truss said: “One. Two.” More: “Three.”"
    one = ClaimFound(
        Span(text.index("One"), text.index("Two.") + 4), "direct", 0, speaker=Span(0, 5), speaker_cluster=0
    )
    two = ClaimFound(Span(text.index("Three"), text.index("Three") + 6), "direct", 0, part_of=0)
    a = _article("a", text, [("Truss", "Liz Truss", "person", 0, "name")], (one, two))
    graph = _graph([a])
    assert len(graph.claims) == 1
    claim = graph.claims[0]
    assert claim.speaker == "liz-truss"
    assert [p.slice(text) for p in claim.parts] == ["One. Two.", "Three."]


def test_group_speaker_gets_a_group_entity() -> None:
    text = "Military experts say it will fall."
    claim = ClaimFound(
        Span(text.index("it"), len(text) - 1),
        "indirect",
        0,
        speaker=Span(0, 16),
        speaker_label="military experts",
    )
    graph = _graph([_article("a", text, [], (claim,))])
    assert [(e.name, e.kind) for e in graph.entities] == [("military experts", "group")]
    assert graph.claims[0].speaker == graph.entities[0].id


@pytest.mark.parametrize("extra_first", [False, True])
def test_claim_ids_do_not_depend_on_other_claims(extra_first: bool) -> None:
    text = "A said “first words here”. B said “second words here”."
    spans = [
        Span(text.index("first"), text.index("first") + 16),
        Span(text.index("second"), text.index("second") + 17),
    ]
    claims = tuple(ClaimFound(s, "direct", 0) for s in spans)
    full = _graph([_article("a", text, [], claims)])
    partial = _graph([_article("a", text, [], claims[1:] if extra_first else claims[:1])])
    ids = {c.id for c in full.claims}
    assert {c.id for c in partial.claims} <= ids


def test_claim_about_lists_entities_inside_the_claim() -> None:
    text = "Biden said “Moscow manufactured it”."
    claim = ClaimFound(Span(text.index("Moscow"), text.index("it”") + 2), "direct", 0, speaker_cluster=0)
    a = _article(
        "a",
        text,
        [("Biden", "Joe Biden", "person", 0, "name"), ("Moscow", "Moscow", "region", 1, "name")],
        (claim,),
    )
    graph = _graph([a])
    assert graph.claims[0].about == ("moscow",)
    assert graph.claims[0].speaker == "joe-biden"


@pytest.mark.parametrize(
    ("label", "page"),
    [
        ("some military experts", True),
        ("Officials", True),
        ("an official", True),
        ("a source", True),
        ("An early tweet", False),  # a thing, not a speaker
        ("the senator", False),  # one particular person the article knows
        ("The city's new mayor on Tuesday", False),  # the words ran on into a date
        ("the vice president", False),
        ("her husband", False),
        ("His campaign", False),
        ("his supporters", True),
        ("the country's military", True),
        ("the crowd in the square", True),
        ("their", False),
        ("theirs", False),
        ("12 percent of", False),  # the words broke off
        ("the clerk of", False),
        ("critics angry with his", False),
        ("40 percent (and most farmers", False),  # a bracket left open
        # A poll's share is no group with a page.
        ("40 percent of farmers", False),
        ("22 percent", False),
        ("42% of Ohioans", False),
        ("Some 56 per cent of voters", False),
        ("many farmers", True),
    ],
)
def test_only_groups_and_indefinite_people_get_a_speaker_page(label: str, page: bool) -> None:
    from generator.resolve.mentions import speaker_page

    assert speaker_page(label) is page


@pytest.mark.parametrize("first", ["Hank Tallis", "Gary Tallis"])
def test_of_two_names_one_page_had_the_one_its_id_was_made_of_keeps_it(first: str) -> None:
    # An earlier build joined the two (both names pinned to its id); now they are two people.
    names = [first, *({"Hank Tallis", "Gary Tallis"} - {first})]
    items = [_article(f"a{i}", f"{n} spoke.", [(n, n, "person", 0, "name")]) for i, n in enumerate(names)]
    pins = {"gank talas": "gary-tallis", "gara talas": "gary-tallis"}
    graph = resolve([a for a, _ in items], [b for _, b in items], register.EMPTY, pins)
    assert {e.name: e.id for e in graph.entities} == {
        "Gary Tallis": "gary-tallis",
        "Hank Tallis": "hank-tallis",
    }


@pytest.mark.parametrize("order", [("fed", "federal-reserve"), ("federal-reserve", "fed")])
def test_of_two_pages_whose_names_now_share_a_key_the_full_name_keeps_its_id(order: tuple[str, str]) -> None:
    from generator.resolve.pins import pins_from

    # The last build had "Fed" and "Federal Reserve" apart; the tables now say they are one.
    named = {"fed": "Fed", "federal-reserve": "Federal Reserve"}
    previous = {
        "entities": [{"id": i, "name": named[i], "kind": "organization", "aliases": []} for i in order]
    }
    assert set(pins_from(previous).values()) == {"federal-reserve"}

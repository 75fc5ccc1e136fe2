"""Page contexts that serve readers: search spellings, search weights, glossary tooltips."""

from __future__ import annotations

import re

import pytest
import yaml

from generator.model import Analysis, Article, Claim, Entity, Graph, Mention, Paragraph, Sentence, Span
from generator.read.glossary import Term
from generator.site import views
from generator.site.lookup import Lookup, front_matter, other_positions
from generator.site.render import render_pages


@pytest.mark.parametrize(
    ("name", "aliases", "expected"),
    [
        ("Volodymyr Zelenskiy", ("Zelenski",), {"Zelensky", "Zelenskyy"}),
        ("Volodymyr Zelenskyy", (), {"Zelensky", "Zelenski", "Zelenskiy"}),
        ("Vladimir Putin", ("Putin",), set()),
    ],
)
def test_other_spellings_make_search_find_the_person(
    name: str, aliases: tuple[str, ...], expected: set[str]
) -> None:
    found = set(views.spellings(Entity("x", "person", name, aliases)))
    assert expected <= found
    assert not found & {w for n in (name, *aliases) for w in n.split()}


def test_front_matter_carries_kind_and_search_weight() -> None:
    text = str(front_matter('A "title" <i>', "Words.", boost=4, tags=["Person"]))
    meta = yaml.safe_load(text.strip("-\n"))
    assert meta == {
        "title": "A &quot;title&quot; &lt;i&gt;",
        "description": "Words.",
        "tags": ["Person"],
        "search": {"boost": 4},
    }


TEXT = (
    "Putin said the referendums were valid. "
    "Biden said the referendums were a sham. "
    "Guterres said the annexation had no legal value."
)


def _graph() -> Graph:
    """One article, three speakers on the same question: "<Name> said <claim>."."""
    spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", TEXT)]
    spans = [Span(sp.start + (sp.start > 0), sp.end) for sp in spans]
    sentences = tuple(Sentence(i, 0, sp, f"s-{i}") for i, sp in enumerate(spans))
    people = ("putin", "biden", "guterres")
    entities = tuple(Entity(p, "person", p.title(), ()) for p in people)
    mentions, claims = [], []
    for i, (p, sp) in enumerate(zip(people, spans, strict=True)):
        mentions.append(Mention(p, "a", Span(sp.start, sp.start + len(p)), i, "name"))
        claims.append(
            Claim(f"c{i}", "a", Span(sp.start + len(p) + 6, sp.end - 1), "indirect", i, None, p, None, (), ())
        )
    analysis = Analysis("a", (Paragraph(0, Span(0, len(TEXT)), "p-1"),), sentences, (), ())
    return Graph(
        (Article("a", "seeds/a.txt", TEXT, "A"),), (analysis,), entities, tuple(mentions), tuple(claims)
    )


def test_other_positions_gather_speakers_on_the_same_question() -> None:
    lookup = Lookup(_graph())
    others = {c.speaker for c in other_positions(lookup, lookup.claims["c0"])}
    assert others == {"biden", "guterres"}


def test_glossary_tooltips_only_on_pages_that_use_the_term() -> None:
    terms = (Term("referendum", "A vote <b>.", ("referendums",)), Term("mobilisation", "Call-up."))
    extra = {"site_name": "S", "model": "m", "evaluation": None, "register_entries": 0, "glossary": terms}
    pages = render_pages(views.all_pages(_graph(), extra))
    article = pages["articles/a.md"]
    assert "*[referendums]: A vote &lt;b&gt;." in article
    assert "mobilisation" not in article
    assert "## referendum {: #referendum }" in pages["glossary.md"]
    assert "*[" not in pages["glossary.md"]

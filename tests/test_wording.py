"""Counted nouns: every count on every page reads right with 0, 1 and 2 (one rule, in wording.py)."""

from __future__ import annotations

import pytest

from generator.site import wording
from generator.site.values import SiteValues
from tests.conftest import marked_graph, page_lines, rendered

#: Every noun a page counts.
NOUNS = ["claim", "mention", "article", "news article", "direct quote", "actor", "place", "entry"]


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("count", [0, 1, 2])
def test_counted_nouns(noun: str, count: int) -> None:
    plural = {"entry": "entries"}.get(noun, noun + "s")
    assert wording.counted(count, noun) == f"{count} {noun if count == 1 else plural}"


@pytest.mark.parametrize(
    ("noun", "plural"), [("person", "people"), ("country", "countries"), ("direct quote", "direct quotes")]
)
def test_irregular_and_compound_plurals(noun: str, plural: str) -> None:
    assert (wording.plural(1, noun), wording.plural(2, noun), wording.plural(0, noun)) == (
        noun,
        plural,
        plural,
    )


@pytest.mark.parametrize(
    ("items", "text"), [([], ""), (["a"], "a"), (["a", "b"], "a and b"), (["a", "b", "c"], "a, b and c")]
)
def test_series(items: list[str], text: str) -> None:
    assert wording.series(items) == text


def _quotes(n: int) -> dict[str, list[str]]:
    """One article with ``n`` quotes by ``n`` speakers about ``n`` places."""
    lines = [f"“{{It is calm in [Place{i}]}},” [Speaker{i}] said." for i in range(n)]
    return {"a": lines or ["Nothing happened."]}


def _kinds(n: int) -> dict[str, str]:
    """Place0, Place1... are places."""
    return {f"Place{i}": "region" for i in range(n)}


@pytest.mark.parametrize(
    ("n", "line"),
    [
        (0, "0 claims (0 direct quotes) · 0 actors · 0 places"),
        (1, "1 claim (1 direct quote) · 1 actor · 1 place"),
        (2, "2 claims (2 direct quotes) · 2 actors · 2 places"),
    ],
)
def test_article_page_counts(n: int, line: str) -> None:
    page = rendered(marked_graph(_quotes(n), _kinds(n)))["articles/a.md"]
    source = " · **Source file:** <code>seeds\\/a\\.txt</code>"
    assert page_lines(page, '<div class="article-meta"')[1] == line + source


@pytest.mark.parametrize(
    ("n", "claims", "actors", "places"),
    [
        (0, "0 claims: direct", "0 actors, most", "0 places, most"),
        (1, "1 claim: direct", "1 actor, most", "1 place, most"),
        (2, "2 claims: direct", "2 actors, most", "2 places, most"),
    ],
)
def test_index_page_counts(n: int, claims: str, actors: str, places: str) -> None:
    pages = rendered(marked_graph(_quotes(n), _kinds(n)))
    assert page_lines(pages["claims/index.md"], f"{n} ")[0].startswith(claims)
    assert page_lines(pages["actors/index.md"], f"{n} ")[0].startswith(actors)
    assert page_lines(pages["regions/index.md"], f"{n} ")[0].startswith(places)


@pytest.mark.parametrize(("n", "words"), [(1, "1 news article"), (2, "2 news articles")])
def test_home_page_counts_articles(n: int, words: str) -> None:
    graph = marked_graph({f"a{i}": ["Nothing happened."] for i in range(n)})
    assert page_lines(rendered(graph)["index.md"], "This is an")[0] == (
        f"This is an **annotated explainer** of {words}: every"
    )


@pytest.mark.parametrize(("n", "words"), [(0, "0 entries"), (1, "1 entry"), (2, "2 entries")])
def test_method_page_counts_register_entries(n: int, words: str) -> None:
    page = rendered(marked_graph(_quotes(0)), SiteValues(register_entries=n))["method.md"]
    assert f"The **register** (`seeds/entities.yml`, {words}) can give an entity" in page.split("\n")


def _putin(n: int) -> dict[str, list[str]]:
    """Putin is named once, then makes ``n`` claims and is the subject of ``n``, one article each."""
    articles = {"z": ["[Putin] slept."]}
    for i in range(n):
        articles[f"a{i}"] = [f"[Putin] said {{plan {i} works}}.", f"[Biden] said {{[Putin] was wrong {i}}}."]
    return articles


@pytest.mark.parametrize(
    ("n", "summary", "stats"),
    [
        (
            0,
            "Putin (person): 0 claims made, 0 claims about, 1 mention.",
            ["0</span> claims made", "0</span> claims about", "1</span> mention in 1 article"],
        ),
        (
            1,
            "Putin (person): 1 claim made, 1 claim about, 3 mentions.",
            ["1</span> claim made", "1</span> claim about", "3</span> mentions in 2 articles"],
        ),
        (
            2,
            "Putin (person): 2 claims made, 2 claims about, 5 mentions.",
            ["2</span> claims made", "2</span> claims about", "5</span> mentions in 3 articles"],
        ),
    ],
)
def test_entity_page_counts(n: int, summary: str, stats: list[str]) -> None:
    page = rendered(marked_graph(_putin(n)))["entities/putin.md"]
    assert f'description: "{summary}"' in page.split("\n")
    shown = [
        line.split('"stat-n">')[1].split("](#")[0] for line in page_lines(page, '<div class="stats"')[1:-1]
    ]
    assert shown == stats


@pytest.mark.parametrize(
    ("n", "summary"),
    [(1, "Kyiv (place): 1 claim about, 2 mentions."), (2, "Kyiv (place): 2 claims about, 3 mentions.")],
)
def test_a_place_makes_no_claims_so_its_summary_does_not_count_them(n: int, summary: str) -> None:
    lines = ["[Kyiv] woke up."] + [f"[Biden] said {{[Kyiv] stood {i}}}." for i in range(n)]
    page = rendered(marked_graph({"a": lines}, {"Kyiv": "region"}))["entities/kyiv.md"]
    assert f'description: "{summary}"' in page.split("\n")
    assert "claims made" not in page and "claim made" not in page

"""Page contexts and their templates, one test (or a few) per page kind, on a hand-made graph."""

from __future__ import annotations

import pytest
import yaml

from generator.model import Entity, Span
from generator.read.glossary import Term
from generator.resolve import addresses
from generator.resolve.redirects import Redirect
from generator.site.output import render_site
from generator.site.pages import claim as claim_pages
from generator.site.pages import entity as entity_pages
from generator.site.values import Evaluation, SiteValues
from tests.conftest import marked_graph, page_lines, rendered

ARTICLES = {
    "alpha": [
        "[Putin] said {the referendums in [Donetsk] were valid}.",
        "“{We will never accept the referendums},” [Zelensky] said.",
        "[Donetsk] voted on Friday.",
    ],
    "beta": ["[Zelensky] said {the referendums in [Donetsk] were a sham}."],
}
GRAPH = marked_graph(ARTICLES, {"Donetsk": "region"})
VALID = "claims/the-referendums-in-donetsk-were-valid-db65f6.md"
SHAM = "claims/the-referendums-in-donetsk-were-a-sham-29551c.md"
NEVER = "claims/we-will-never-accept-the-referendums-2f028a.md"
TERMS = (
    Term("referendum", "A vote <b>.", ("referendums",), line=2),
    Term("mobilisation", "Call-up.", line=5),
)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    """Every page of GRAPH, with a glossary."""
    return rendered(GRAPH, SiteValues(glossary=TERMS))


def _front(page: str) -> dict[str, object]:
    """The page's front matter, read back as YAML."""
    return yaml.safe_load(page.split("---\n")[1])  # type: ignore[no-any-return]


def test_the_site_writes_exactly_the_pages_the_resolve_stage_lists() -> None:
    moved = Redirect("entities/old-putin.md", "entities/putin/")
    files = render_site(GRAPH, SiteValues(), [moved])
    written = {path for path in files if path.endswith(".md")}
    assert written == set(addresses.site_pages(GRAPH)) | {"entities/old-putin.md"}
    assert addresses.live_urls(GRAPH)["entities/putin/"] == "entities/putin.md"


def test_home_page(pages: dict[str, str]) -> None:
    home = pages["index.md"]
    assert _front(home) == {
        "title": "Annotated news explainer",
        "description": "An annotated explainer: every actor, place and claim in the articles, "
        "each statement footnoted to the source.",
    }
    assert page_lines(home, "This is an") == [
        "This is an **annotated explainer** of 2 news articles: every",
        "actor, place and claim in the text has its own page, every statement on those pages",
        "carries a footnote quoting the exact words of the source, and everything is cross-linked.",
    ]
    assert page_lines(home, "| Articles |")[2] == "| 2 | 2 | 1 | 3 | 1 |"
    assert page_lines(home, "| Actor |")[2:] == [
        "| [Zelensky](entities/zelensky.md) | Person | 2 | 2 |",
        "| [Putin](entities/putin.md) | Person | 1 | 1 |",
    ]


@pytest.mark.parametrize(
    ("terms", "line"),
    [
        ((), "- [Glossary](glossary.md): words explained wherever"),
        (TERMS[:1], "- [Glossary](glossary.md): words such as *referendum*, also explained wherever"),
        (
            TERMS[::-1],
            "- [Glossary](glossary.md): words such as *referendum* or *mobilisation*, also "
            "explained wherever",
        ),
    ],
)
def test_home_page_names_glossary_terms_in_the_files_order(terms: tuple[Term, ...], line: str) -> None:
    home = rendered(GRAPH, SiteValues(glossary=terms))["index.md"]
    assert page_lines(home, "- [Glossary]")[0] == line


def test_method_page_shows_the_recorded_evaluation() -> None:
    evaluation = Evaluation.from_json(
        {
            "date": "2026-01-02",
            "command": "make evaluate",
            "tables": [
                {
                    "title": "Quotes",
                    "rows": [
                        {
                            "label": "direct",
                            "precision": "1.000",
                            "recall": "0.500",
                            "f1": "0.667",
                            "support": 4,
                        }
                    ],
                }
            ],
        }
    )
    method = rendered(GRAPH, SiteValues(model="m-1.0", evaluation=evaluation, register_entries=1))[
        "method.md"
    ]
    assert page_lines(method, "### Quotes") == ["### Quotes"]
    assert page_lines(method, "| Measure |")[2] == "| direct | 1\\.000 | 0\\.500 | 0\\.667 | 4 |"
    assert "The **register** (`seeds/entities.yml`, 1 entry) can give an entity" in method.split("\n")
    assert "2. **Language analysis.** The statistical English model m\\-1\\.0 (spaCy) finds the" in method


def test_method_page_without_an_evaluation_says_how_to_record_one(pages: dict[str, str]) -> None:
    assert "No measurement has been recorded yet: run `make evaluate`." in pages["method.md"].split("\n")


def test_articles_index(pages: dict[str, str]) -> None:
    assert page_lines(pages["articles/index.md"], "| Article |")[2:] == [
        "| [Putin said the referendums in Donetsk were valid\\.](alpha.md) |  |  | 2 | 3 |",
        "| [Zelensky said the referendums in Donetsk were a sham\\.](beta.md) |  |  | 1 | 2 |",
    ]


def test_glossary_page(pages: dict[str, str]) -> None:
    glossary = pages["glossary.md"]
    assert _front(glossary)["description"] == "Words from the news explained: referendum and mobilisation."
    assert page_lines(glossary, "## referendum") == ["## referendum {: #referendum }"]
    assert page_lines(glossary, "*Used in:*") == [
        "*Used in:* [Putin said the referendums in Donetsk were valid\\.](articles/alpha.md) · "
        "[Zelensky said the referendums in Donetsk were a sham\\.](articles/beta.md)",
        "{: .glossary-used }",
    ]
    assert "*[" not in glossary  # the glossary page itself marks no terms


@pytest.mark.parametrize(
    ("count", "description"),
    [
        (3, "Words from the news explained: a, b and c."),
        (5, "Words from the news explained: a, b, c and d, and more."),
        (0, "Words from the news, explained."),
    ],
)
def test_glossary_description_comes_from_its_terms(count: int, description: str) -> None:
    terms = tuple(Term(word, "d", line=i) for i, word in enumerate("abcde"[:count]))
    assert _front(rendered(GRAPH, SiteValues(glossary=terms))["glossary.md"])["description"] == description


def test_article_page(pages: dict[str, str]) -> None:
    article = pages["articles/alpha.md"]
    assert _front(article) == {
        "title": "Putin said the referendums in Donetsk were valid.",
        "description": "Putin said the referendums in Donetsk were valid. “We will never accept the "
        "referendums,” Zelensky said. Donetsk voted on Friday.",
        "tags": ["Article"],
        "search": {"boost": 2},
    }
    assert page_lines(article, '<div class="article-meta"')[1] == (
        "2 claims (1 direct quote) · 2 actors · 1 place · **Source file:** <code>seeds\\/alpha\\.txt</code>"
    )
    assert page_lines(article, "## Places in this article")[0] == "## Places in this article {: #places }"
    assert page_lines(article, "- [Zelensky said") == [
        "- [Zelensky said the referendums in Donetsk were a sham\\.](beta.md), sharing Donetsk\\, Zelensky"
    ]
    assert page_lines(article, "*[") == [f"*[{form}]: A vote &lt;b&gt;." for form in TERMS[0].forms()]


def test_actors_and_places_indexes(pages: dict[str, str]) -> None:
    assert page_lines(pages["actors/index.md"], "2 actors") == ["2 actors, most mentioned first."]
    assert page_lines(pages["regions/index.md"], "| Place |")[2:] == [
        "| [Donetsk](../entities/donetsk.md) | Place |  | 3 | 0 | 2 |"
    ]
    assert _front(pages["regions/index.md"]) == {
        "title": "Places",
        "description": "Every one of the places in the articles, with counts.",
    }


def test_claims_index(pages: dict[str, str]) -> None:
    assert page_lines(pages["claims/index.md"], "| Speaker |")[2:] == [
        "| [Putin](../entities/putin.md) | [the referendums in Donetsk were valid]"
        "(the-referendums-in-donetsk-were-valid-db65f6.md) | reported |",
        "| [Zelensky](../entities/zelensky.md) | [We will never accept the referendums]"
        "(we-will-never-accept-the-referendums-2f028a.md) | quote |",
    ]


def test_entity_page_of_a_place(pages: dict[str, str]) -> None:
    place = pages["entities/donetsk.md"]
    assert _front(place)["description"] == "Donetsk (place): 2 claims about, 3 mentions."
    assert page_lines(place, '<div class="stats"')[1:] == [
        '[<span class="stat-n">2</span> claims about](#claims-about){: .stat }',
        '[<span class="stat-n">3</span> mentions in 2 articles](#mentioned-in){: .stat }',
        "</div>",
    ]
    assert page_lines(place, "### In [Zelensky")[1] == (
        '- **[Zelensky](zelensky.md)** <span class="kind-pill kind-pill--reported">reported</span> '
        '“the referendums in Donetsk were a sham[^3]” <span class="item-link">'
        "[claim page](../claims/the-referendums-in-donetsk-were-a-sham-29551c.md)</span>"
    )
    assert page_lines(place, "See [") == ["See [all places](../regions/index.md)."]


def test_entity_page_of_a_person(pages: dict[str, str]) -> None:
    person = pages["entities/zelensky.md"]
    assert _front(person)["description"] == "Zelensky (person): 2 claims made, 0 claims about, 2 mentions."
    assert page_lines(person, "## Claims about") == ["## Claims about Zelensky {: #claims-about }"]
    assert page_lines(person, "No claim") == ["No claim in the articles names Zelensky."]
    assert page_lines(person, "See [") == ["See [all actors](../actors/index.md)."]


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
    found = set(entity_pages.spellings(Entity("x", "person", name, aliases)))
    assert expected <= found
    assert not found & {w for n in (name, *aliases) for w in n.split()}


def test_claim_page(pages: dict[str, str]) -> None:
    claim = pages[VALID]
    assert _front(claim) == {
        "title": "Putin: “the referendums in Donetsk were valid”",
        "description": "the referendums in Donetsk were valid",
        "tags": ["Claim"],
        "search": {"exclude": True},
    }
    assert page_lines(claim, "“the referendums") == ["“the referendums in Donetsk were valid[^1]”"]
    assert page_lines(claim, "The source sentence")[1] == (
        ":   “Putin said the referendums in Donetsk were valid\\.”[^4]<br>"
        "[Read it in the article](../articles/alpha.md#s-0)"
    )
    assert [line for line in claim.split("\n") if line.startswith("### ")] == [
        "### [Zelensky](../entities/zelensky.md)"
    ]


@pytest.mark.parametrize(
    ("words", "named"),
    [
        ("the council, which", "the council"),
        ("Tom Becker, who", "Tom Becker"),
        ("a notice that", "a notice"),
        ("Tom Becker", "Tom Becker"),
        ("who", "who"),
    ],
)
def test_claim_page_names_the_speaker_without_a_relative_pronoun(words: str, named: str) -> None:
    text = f"Then {words} said so."
    span = claim_pages._named_as(text, Span(5, 5 + len(words)))
    assert span is not None
    assert span.slice(text) == named


def test_unattributed_claim_page_is_titled_so() -> None:
    graph = marked_graph({"a": ["Critics said {the vote was a sham}."]})
    page = next(text for path, text in rendered(graph).items() if path.startswith("claims/the-vote"))
    assert _front(page)["title"] == "Unattributed: “the vote was a sham”"
    assert page_lines(page, "— ") == ["— speaker not named in the text{: .claim-quote__by }"]


def test_redirect_page() -> None:
    moved = Redirect("entities/old-putin.md", "articles/alpha/", "s-1")
    page = rendered(GRAPH, redirects=[moved])["entities/old-putin.md"]
    assert page == (
        '---\ntitle: Moved\ntemplate: redirect.html\nredirect: "../../articles/alpha/#s-1"\n'
        "search:\n  exclude: true\n---\n\n# This page has moved\n\n"
        "What was here is now at [articles\\/alpha\\/](../articles/alpha.md#s-1). "
        "Your browser should take you there at once.\n"
    )

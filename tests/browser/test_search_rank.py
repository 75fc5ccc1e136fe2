"""The order of search results on a small site of its own: a name finds its most mentioned bearer first."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.browser import serve
from tests.browser.conftest import DESKTOP
from tests.conftest import make_project, mkdocs_build, run_cli

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser")]

#: Two articles (written for this test) in which a mayor and a country are named often, and
#: an institute, a bank, an office and an embassy whose names hold the same word a few times.
#: The last two say "Halvorsen's" and "Brazil's": Pagefind's extra score for the query in a
#: title counted those twice over ("halvorsen", "halvorsen's") and listed them first.
ARTICLES = {
    "a1": (
        "Halvorsen’s bridge opens in the north",
        "Mayor Nora Halvorsen opened the new bridge in the town on Monday.\n"
        '"The bridge joins two halves of one town," Halvorsen said at the ceremony.\n'
        "Halvorsen has led the town council since 2019, "
        "and critics of Halvorsen say the bridge cost too much.\n"
        "The Halvorsen Institute, a research group named after her grandfather, "
        "published a study of the costs.\n"
        "Halvorsen said she had not read the study.\n"
        '"The figures are wrong," Halvorsen’s office said in a statement.\n'
        '"The steel is good," Brazil’s embassy said in a statement.\n'
        "The steel for the bridge came from Brazil, and Brazil sent two engineers to help.\n"
        "Officials in Brazil said the deal with Brazil would be repeated.\n",
    ),
    "a2": (
        "Town budget passes after a long night",
        "Nora Halvorsen won a vote on the town budget on Tuesday.\n"
        "Halvorsen told reporters that the vote was close.\n"
        '"We will build more schools," Halvorsen said.\n'
        "The Bank of Brazil lent the town money for the schools, and Brazil will send teachers.\n"
        "Trade with Brazil has grown every year since Halvorsen took office.\n",
    ),
}


@pytest.fixture(scope="module")
def rank_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site of ``ARTICLES``, built as ``make site`` builds it, served on 127.0.0.1."""
    folder = tmp_path_factory.mktemp("rank")
    seeds = folder / "seeds"
    seeds.mkdir()
    for name, (title, text) in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{name}.yml").write_text(f'title: "{title}"\ndate: 2024-05-0{name[-1]}\n', encoding="utf-8")
    project = make_project(folder, seeds)
    built = run_cli("build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"))
    assert built.returncode == 0, built.stderr
    site = mkdocs_build(project)
    assert site.returncode == 0, site.stderr
    with serve(project / "site") as url:
        yield url


def _titles(page: Any, url: str, query: str) -> list[str]:
    """The titles of the results listed for ``query``, once all of them are listed."""
    page.goto(url, wait_until="networkidle")
    page.fill("#site-search-input", query)
    page.wait_for_function(
        "q => document.querySelector('.site-search').getAttribute('data-searched') === q", arg=query
    )
    page.wait_for_function(
        "() => document.querySelectorAll('.site-search__link').length >= "
        "Math.min(10, parseInt(document.querySelector('#site-search-status').textContent, 10))"
    )
    return [t.strip() for t in page.locator(".site-search__title").all_inner_texts()]


@pytest.mark.parametrize(
    ("query", "first", "later"),
    [("Halvorsen", "Nora Halvorsen", "Halvorsen Institute"), ("Brazil", "Brazil", "Bank of Brazil")],
)
def test_a_name_lists_its_most_mentioned_bearer_first(
    browser: Any, rank_url: str, query: str, first: str, later: str
) -> None:
    context = browser.new_context(viewport=DESKTOP)
    titles = _titles(context.new_page(), rank_url, query)
    context.close()
    assert titles[0] == first, titles
    assert later in titles, titles


@pytest.mark.parametrize(
    ("query", "same_as"), [("Brazil at", "Brazil"), ("the Halvorsen and the bridge", "Halvorsen bridge")]
)
def test_words_every_article_holds_narrow_no_search(
    browser: Any, rank_url: str, query: str, same_as: str
) -> None:
    """A query's common words are dropped: "at" is in one article only and would drop the other's pages."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    assert _titles(page, rank_url, query) == _titles(page, rank_url, same_as)
    context.close()

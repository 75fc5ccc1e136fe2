"""A corpus of articles: one page per person across articles, articles linked by shared actors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.build import build

A = (
    "President Volodymyr Zelenskiy spoke in Kyiv on Monday.\n"
    "Zelenskiy said the new plan would protect jobs.\n"
    "“We will not wait,” Zelenskiy told reporters.\n"
)
B = (
    "Ukraine faced questions on Tuesday.\n"
    "Volodymyr Zelenskyy said the talks had failed.\n"
    "“It is over,” Zelensky said.\n"
)
TITLE_A, TITLE_B = "Zelenskiy backs the plan", "The talks end"


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text, title, date in (("a", A, TITLE_A, "2021-03-01"), ("b", B, TITLE_B, "2021-03-02")):
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        (seeds / f"{name}.yml").write_text(f"title: {title}\ndate: {date}\n", encoding="utf-8")
    build(seeds, root / "docs", cache=None)
    return root / "docs"


def _section(page: str, anchor: str) -> str:
    """The Markdown from the heading with ``{: #anchor }`` to the next level-2 heading."""
    start = page.index(f"{{: #{anchor} }}")
    end = page.find("\n## ", start)
    return page[start : end if end > 0 else len(page)]


def test_spellings_across_articles_make_one_person_page(docs: Path) -> None:
    pages = sorted(p.stem for p in (docs / "entities").glob("*zelensk*.md"))
    assert pages == ["volodymyr-zelenskiy"]


def test_person_page_groups_claims_from_both_articles_under_their_titles(docs: Path) -> None:
    page = (docs / "entities" / "volodymyr-zelenskiy.md").read_text(encoding="utf-8")
    claims = _section(page, "claims-by")
    order = [
        claims.index(f"[{TITLE_A}](../articles/a.md) (2021\\-03\\-01)"),
        claims.index("the new plan would protect jobs"),
        claims.index("We will not wait"),
        claims.index(f"[{TITLE_B}](../articles/b.md) (2021\\-03\\-02)"),
        claims.index("the talks had failed"),
        claims.index("It is over"),
    ]
    assert order == sorted(order)


def test_person_page_lists_mentions_from_both_articles_under_their_titles(docs: Path) -> None:
    page = (docs / "entities" / "volodymyr-zelenskiy.md").read_text(encoding="utf-8")
    mentions = _section(page, "mentioned-in")
    order = [
        mentions.index(TITLE_A),
        mentions.index("**Volodymyr Zelenskiy** spoke in Kyiv"),
        mentions.index(TITLE_B),
        mentions.index("**Volodymyr Zelenskyy** said the talks"),
    ]
    assert order == sorted(order)


@pytest.mark.parametrize(("article", "other", "title"), [("a", "b", TITLE_B), ("b", "a", TITLE_A)])
def test_each_article_links_the_other_that_shares_its_actor(
    docs: Path, article: str, other: str, title: str
) -> None:
    page = (docs / "articles" / f"{article}.md").read_text(encoding="utf-8")
    related = page[page.index("## Related articles") :]
    assert re.search(rf"\[{re.escape(title)}\]\({other}\.md\).*Volodymyr Zelenskiy", related)


def test_articles_index_lists_every_article(docs: Path) -> None:
    index = (docs / "articles" / "index.md").read_text(encoding="utf-8")
    assert f"[{TITLE_A}](a.md)" in index
    assert f"[{TITLE_B}](b.md)" in index

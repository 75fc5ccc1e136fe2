"""Other positions: claims are set side by side only on real common ground (issue 14).

Common ground is a question of ``seeds/questions.yml``, or, within one article, a shared
topic word or entity; across articles it takes both a shared entity and a shared topic
word. One everyday noun ("people", "town") never joins two unrelated articles.
"""

from __future__ import annotations

import pytest

from generator.build import gather
from generator.model import Claim, Graph
from generator.read.questions import Question
from generator.site.lookup import Lookup, claim_text
from generator.site.positions import Positions, questions_touched
from tests.conftest import marked_graph

REFERENDUMS = Question("the referendums", ("referend", "annex"))
DROUGHT = (
    "Farmers in the Ebro valley have had no rain since March.\n"
    "“No town can solve this alone,” regional minister Karl Weber said.\n"
    "Weber said people in every town would have to share water.\n"
    "Mayor Ana Ruiz said the town had no water left.\n"
)
STRIKE = (
    "Dock workers in Port Ellis stopped work on Monday.\n"
    "“We will not unload a single ship until wages rise,” union leader Maria Sousa said.\n"
    "Sousa said people in the town supported the strike.\n"
    "Port director Jon Hale said the strike would cost the town millions.\n"
)


def _others(graph: Graph, words: str, questions: tuple[Question, ...] = ()) -> list[str]:
    """The words of the other positions shown beside the claim that starts with ``words``."""
    lookup = Lookup(graph)
    claim = next(c for c in graph.claims if claim_text(lookup, c).startswith(words))
    return [claim_text(lookup, c) for c in Positions(lookup, questions).others(claim)]


def test_speakers_on_one_question_of_the_file_are_side_by_side() -> None:
    graph = marked_graph(
        {
            "a": [
                "[Putin] said {the referendums were valid}.",
                "[Biden] said {the referendums were a sham}.",
            ],
            "b": ["[Guterres] said {the annexation had no legal value}."],
        }
    )
    # The most common ground first: a question and a topic word, then the question alone.
    assert _others(graph, "the referendums were valid", (REFERENDUMS,)) == [
        "the referendums were a sham",
        "the annexation had no legal value",
    ]
    assert _others(graph, "the referendums were valid") == ["the referendums were a sham"]


@pytest.mark.parametrize(
    ("second", "shown"),
    [
        ("[Biden] said {the harbour in [Lisbon] needed money}.", ["the harbour in Lisbon needed money"]),
        ("[Biden] said {the harbour needed money}.", []),  # a shared word alone
        ("[Biden] said {[Lisbon] needed money}.", []),  # a shared name alone
    ],
)
def test_across_articles_a_shared_entity_and_a_shared_topic_are_both_needed(
    second: str, shown: list[str]
) -> None:
    graph = marked_graph(
        {"a": ["[Sousa] said {the harbour in [Lisbon] would close}."], "b": [second]}, {"Lisbon": "region"}
    )
    assert _others(graph, "the harbour in Lisbon would close") == shown


def test_within_one_article_a_shared_topic_is_enough() -> None:
    graph = marked_graph(
        {"a": ["[Sousa] said {the harbour would close}.", "[Hale] said {the harbour stays}."]}
    )
    assert _others(graph, "the harbour would close") == ["the harbour stays"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The referendums were a sham", ["the referendums"]),
        ("Russia annexed them", ["the referendums"]),
        ("A preferendum is no word", []),
        ("Nothing about it", []),
    ],
)
def test_a_question_is_touched_by_words_that_start_with_its_beginnings(text: str, found: list[str]) -> None:
    assert [q.question for q in questions_touched([REFERENDUMS], text)] == found


@pytest.fixture(scope="module")
def unrelated(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """Two articles of my own on unrelated subjects, analysed by the real pipeline."""
    seeds = tmp_path_factory.mktemp("unrelated") / "seeds"
    seeds.mkdir()
    (seeds / "drought.txt").write_text(DROUGHT, encoding="utf-8")
    (seeds / "strike.txt").write_text(STRIKE, encoding="utf-8")
    return gather(seeds, cache=None, processes=1)


def test_unrelated_articles_share_everyday_words(unrelated: Graph) -> None:
    # What made the old rule group them: claims of both articles use "town" and "people".
    topics = {
        a: {t for c in unrelated.claims if c.article == a for t in c.topics} for a in ("drought", "strike")
    }
    assert {"town", "people"} <= topics["drought"] & topics["strike"]


def test_unrelated_articles_never_sit_side_by_side(unrelated: Graph) -> None:
    lookup = Lookup(unrelated)
    positions = Positions(lookup, ())
    pairs: list[tuple[Claim, Claim]] = [(c, o) for c in unrelated.claims for o in positions.others(c)]
    assert pairs  # each article's own claims still answer each other
    assert [(c.article, o.article) for c, o in pairs if c.article != o.article] == []

"""The renderer: strict templates, escaping, and the front matter partial."""

from __future__ import annotations

import jinja2
import pytest
import yaml

from generator.site.pieces import search_weight
from generator.site.render import environment
from tests.conftest import front_matter


def test_front_matter_carries_kind_and_search_weight() -> None:
    text = front_matter(title='A "title" <i>', description="Words.", boost=4, tags=["Person"])
    assert yaml.safe_load(text.strip("-\n")) == {
        "title": "A &quot;title&quot; &lt;i&gt;",
        "description": "Words.",
        "tags": ["Person"],
        "search": {"boost": 4},
    }


def test_front_matter_carries_the_index_weight_of_the_page_words() -> None:
    text = front_matter(title="T", description="D", boost=4, weight=6.6, tags=["Person"])
    assert yaml.safe_load(text.strip("-\n"))["search"] == {"boost": 4, "weight": 6.6}


@pytest.mark.parametrize(
    ("mentions", "weight"), [(0, 2.0), (1, 2.0), (10, 4.0), (42, 5.2), (1000, 8.0), (10**6, 10.0)]
)
def test_an_entity_page_weighs_more_the_more_its_name_is_mentioned(mentions: int, weight: float) -> None:
    assert search_weight(mentions) == weight


def test_front_matter_without_tags_or_boost_has_only_title_and_description() -> None:
    assert front_matter(title="T", description="D") == '---\ntitle: "T"\ndescription: "D"\n---\n'


def test_a_long_description_is_cut_at_a_word() -> None:
    meta = yaml.safe_load(front_matter(title="T", description="word " * 60).strip("-\n"))
    assert meta["description"] == ("word " * 30).strip() + "…"
    assert len(meta["description"]) <= 155


@pytest.mark.parametrize("boost", ["4", None, True])
def test_a_search_weight_must_be_a_number(boost: object) -> None:
    with pytest.raises(ValueError, match="not a number"):
        front_matter(title="T", description="D", boost=boost)


def test_printing_none_or_an_undefined_name_fails() -> None:
    env = environment()
    with pytest.raises(ValueError, match="printed None"):
        env.from_string("{{ x }}").render(x=None)
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ y }}").render()


def test_article_text_is_escaped_and_json_ld_cannot_close_its_script() -> None:
    env = environment()
    assert env.from_string("{{ x }}").render(x="<b>[x](y)</b>") == "&lt;b&gt;\\[x\\]\\(y\\)&lt;\\/b&gt;"
    assert env.from_string("{{ d|jsonld }}").render(d={"t": "</script>&"}) == (
        '{\n "t": "\\u003c/script\\u003e\\u0026"\n}'
    )

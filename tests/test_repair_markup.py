"""Issue 14, messy copy: markup pasted with web copy is removed (tags) or decoded (references).

Only strict tag shapes are markup; prose with "<" and ">" stays as written. The repair is
for readers: whatever it leaves is escaped as before (``test_hostile.py`` builds its
hostile site without it).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.read.articles import read_article
from tests.test_hostile import injected, parse, run_build
from tests.test_properties import to_html


def _read(tmp_path: Path, text: str) -> str:
    """The text the reader makes of ``text`` saved as ``a.txt``."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return read_article(path, tmp_path).text


@pytest.mark.parametrize(
    ("text", "shown", "warnings"),
    [
        pytest.param(
            'Intro.\n<tweet id="1234" author="@Someone" datetime="2019-03-01">“We won”–@handle</tweet>.\n',
            "Intro.\n“We won”–@handle.\n",
            {2: "2 markup tag(s), kept the text between them: <tweet>, </tweet>"},
            id="embedded-post",
        ),
        pytest.param(
            "Watch it at <a href=”https://example.com/v” target=”_blank”>the site</a>.\n",
            "Watch it at the site.\n",
            {1: "2 markup tag(s), kept the text between them: <a>, </a>"},
            id="link-curly-quotes",
        ),
        pytest.param(
            "One <b>bold</b> word.<br/>\nAn end.<post/>\n",
            "One bold word.\nAn end.\n",
            {
                1: "3 markup tag(s), kept the text between them: <b>, </b>, <br/>",
                2: "1 markup tag(s), kept the text between them: <post/>",
            },
            id="bare-and-self-closing",
        ),
        pytest.param(
            'Intro.\n<post author="@x" date="May 1,\n">Text here.</post>\nLast line.\n',
            "Intro.\n\nText here.\nLast line.\n",
            {
                2: "1 markup tag(s), kept the text between them: <post>",
                3: "1 markup tag(s), kept the text between them: </post>",
            },
            id="tag-over-two-lines-keeps-line-numbers",
        ),
        pytest.param(
            "If a < b and c > d, <i>then</i> x<y and z>w, <3, <jane@example.com> and <snip> stay.\n",
            "If a < b and c > d, then x<y and z>w, <3, <jane@example.com> and <snip> stay.\n",
            {1: "2 markup tag(s), kept the text between them: <i>, </i>"},
            id="prose-angle-brackets-stay",
        ),
    ],
)
def test_markup_tags_are_removed_with_a_warning_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, shown: str, warnings: dict[int, str]
) -> None:
    assert _read(tmp_path, text) == shown
    err = capsys.readouterr().err
    for line, message in warnings.items():
        assert re.search(
            rf"^warning: {re.escape(str(tmp_path / 'a.txt'))}:{line}: removed {re.escape(message)}", err, re.M
        ), err
    assert err.count("warning:") == len(warnings)


@pytest.mark.parametrize(
    ("text", "shown", "decoded"),
    [
        pytest.param(
            "Q&amp;A at AT&T, R&D; &c.",
            "Q&A at AT&T, R&D; &c.",
            "1 HTML character reference(s): &amp;",
            id="amp",
        ),
        pytest.param(
            "It&#8217;s &eacute;t&#xE9;.",
            "It’s été.",
            "3 HTML character reference(s): &#8217;, &eacute;, &#xE9;",
            id="numeric-named",
        ),
        pytest.param(
            "&lt;b&gt;shown&lt;/b&gt;",
            "<b>shown</b>",
            "4 HTML character reference(s): &lt;, &gt;",
            id="escaped-tag-shows",
        ),
    ],
)
def test_character_references_are_decoded_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, shown: str, decoded: str
) -> None:
    assert _read(tmp_path, f"Intro.\n{text}\n") == f"Intro.\n{shown}\n"
    assert f"{tmp_path / 'a.txt'}:2: decoded {decoded}" in capsys.readouterr().err


@pytest.mark.parametrize("reference", ["&#2;", "&#x1b;", "&#0;", "&#13;", "&#10;", "&#x202E;", "&nosuch;"])
def test_a_reference_to_a_control_or_a_line_break_stays_as_written(tmp_path: Path, reference: str) -> None:
    assert _read(tmp_path, f"Intro.\nA {reference} &amp; here.\n") == f"Intro.\nA {reference} & here.\n"


def test_tag_attributes_make_no_entity_page_and_the_page_stays_text(tmp_path: Path) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    text = (
        "Joe Biden spoke in Washington on Monday.\n"
        '<tweet id="1234" author="@JoeBiden" datetime="2019-03-01">“We will win,” said Joe Biden.</tweet>\n'
        "He said &lt;script&gt;alert(1)&lt;/script&gt; was a joke.\n"
    )
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    data = json.loads((docs / "data" / "explainer.json").read_text("utf-8"))
    assert [e["name"] for e in data["entities"] if re.search(r"[<>=\"]|datetime|author", e["name"])] == []
    assert "<script>alert(1)</script>" in data["articles"][0]["text"]
    assert injected(parse(to_html((docs / "articles" / "a.md").read_text("utf-8")))) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("One word<br>next one.", "One word next one.", id="br"),
        pytest.param("One word<br/>next one.", "One word next one.", id="br-self-closing"),
        pytest.param("First part.</p><p>Second part.", "First part. Second part.", id="paragraphs"),
        pytest.param("A list<li>one<li>two", "A list one two", id="items"),
        pytest.param("Left</div> <div>right", "Left right", id="space-already"),
        pytest.param("<p>Alone.</p>", "Alone.", id="at-the-edges"),
        pytest.param(
            "An un<i>believ</i>able <b>bold</b> word.", "An unbelievable bold word.", id="inline-glues"
        ),
    ],
)
def test_a_block_tag_between_two_words_leaves_one_space(tmp_path: Path, text: str, shown: str) -> None:
    assert _read(tmp_path, f"Intro.\n{text}\n") == f"Intro.\n{shown}\n"

"""Issue 12, security (items 1-3): redirect injection, the glossary's reading rules, bidi spoofing.

Each test is named after its item; the list of all items is spread over the four
``test_hostile_*.py`` files (security, errors, nothing lost, input).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from generator.read import redirects as seeds_redirects
from generator.site.markup import yaml_string
from tests.conftest import make_project, mkdocs_build
from tests.test_hostile import (
    SMALL,
    assert_file_refused,
    assert_refused,
    built_once,
    injected,
    parse,
    run_build,
)

PAYLOAD = 'articles/a/#x"><script>alert(1)</script>'


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        pytest.param("redirects.yml", f"entities/old-thing/: {yaml_string(PAYLOAD)}\n", 1, id="redirects"),
        pytest.param(
            "published-urls.yml",
            f"pages: []\nmoved:\n  entities/old-thing/: {yaml_string(PAYLOAD)}\n",
            3,
            id="published-moved",
        ),
    ],
)
def test_1_redirect_anchor_with_markup_is_refused(tmp_path: Path, name: str, text: str, line: int) -> None:
    assert_file_refused(tmp_path, name, text, f"{name}:{line}: ", "not a site URL")


def test_1_redirect_page_escapes_every_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Even if the check let the payload through, the page holds it as text only.
    monkeypatch.setattr(seeds_redirects, "_ANCHOR", re.compile(".*", re.S), raising=False)
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "a.txt").write_text(SMALL, encoding="utf-8")
    (seeds / "redirects.yml").write_text(f"entities/old-thing/: {yaml_string(PAYLOAD)}\n", encoding="utf-8")
    project = make_project(tmp_path, seeds)
    code, _, err = run_build(project / "seeds", project / "docs")
    assert code == 0, err
    built = mkdocs_build(project, strict=False)  # the anchor leads nowhere: a warning
    assert built.returncode == 0, built.stderr
    page = parse((project / "site" / "entities" / "old-thing" / "index.html").read_text("utf-8"))
    refresh = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "refresh"]
    assert len(refresh) == 1 and "<script>" not in refresh[0].replace("%3C", "<")
    assert [body for _, body in page.scripts if "alert(1)" in body] == []
    assert injected(page) == []


@pytest.mark.parametrize(
    ("make", "line", "message"),
    [
        pytest.param("symlink-out", None, "is a link to a file outside the seeds folder", id="symlink-out"),
        pytest.param("huge", None, "over the limit", id="size-limit"),
        pytest.param(
            'terms:\n  - term: vote\n    definition: "a \\x02stash\\x03 b"\n',
            3,
            "U+0002",
            id="control-escape",
        ),
        pytest.param("terms:\n  - term: vote\n    definition: a \x02 b\n", 3, "U+0002", id="control-raw"),
        pytest.param(
            "terms:\n  - term: vote\n    definition: !!python/object/apply:os.system [id]\n",
            3,
            "is not allowed",
            id="python-tag",
        ),
    ],
)
def test_2_glossary_is_read_like_every_other_yml(
    tmp_path: Path, make: str, line: int | None, message: str
) -> None:
    seeds, docs = built_once(tmp_path)
    path = seeds / "glossary.yml"
    if make == "symlink-out":
        outside = tmp_path / "secret.yml"
        outside.write_text("terms:\n  - term: secret\n    definition: a private note\n", encoding="utf-8")
        path.symlink_to(outside)
    elif make == "huge":
        path.write_text("terms:\n" + "# padding\n" * 300_000, encoding="utf-8")
    else:
        path.write_text(make, encoding="utf-8")
    where = f"glossary.yml:{line}: " if line else "glossary.yml: "
    assert_refused(seeds, docs, where, message)


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f", "\u061c"])
def test_3_bidi_controls_in_article_text_are_removed_with_a_warning(tmp_path: Path, char: str) -> None:
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    text = f"Joe Biden spoke.\nHe said {char}gnorw{char} was right.\n"
    (seeds / "a.txt").write_text(text, encoding="utf-8")
    code, _, err = run_build(seeds, docs)
    assert code == 0, err
    warning = f"{seeds / 'a.txt'}:2: removed 2 bidirectional control character(s): U+{ord(char):04X}"
    assert f"warning: {warning}" in err
    shown = json.loads((docs / "data" / "explainer.json").read_text("utf-8"))["articles"][0]["text"]
    assert shown == "Joe Biden spoke.\nHe said gnorw was right.\n"

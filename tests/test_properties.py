"""Property-based tests: generated article texts, built, and the HTML checked.

Texts come from an alphabet rich in quote marks, Markdown and HTML punctuation, template
syntax, newlines and non-Latin script. Every build must succeed or fail cleanly; every
footnote must quote its source span exactly; no element or attribute may come from the
input. The profile is derandomized, so CI sees the same examples every run.
"""

from __future__ import annotations

import html
import json
import tempfile
from pathlib import Path
from typing import Any

import markdown
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta as mkdocs_meta
from mkdocs.utils.yaml import yaml_load

from generator.site.markup import escape
from tests.conftest import ROOT, front_matter, make_project, mkdocs_build
from tests.site_checks import export
from tests.test_hostile import Html, injected, parse, run_build, site_pages

FRAGMENTS = [
    "Vladimir Putin",
    "Joe Biden",
    "Kyiv",
    "Ukraine",
    "said",
    "told reporters",
    "the plan",
    "would work",
    ".",
    ",",
    "<script>alert('evil')</script>",
    "<img src=x onerror=alert('evil')>",
    '<a href="javascript:evil()">x</a>',
    "<x-evil>",
    "[x](javascript:evil)",
    "{#evil}",
    "{: .evil onclick=evil }",
    "[^1]",
    "[^1]: evil",
    "|",
    "---",
    "!!! note",
    "--8<--",
    "{{ evil }}",
    "{% evil %}",
    "*",
    "_",
    "`",
    "#",
    "&amp;",
    "\\",
]
QUOTES = list("\"'“”‘’«»„")
ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs"),
    include_characters="\t<>&\"'`*_[]{}()#|!\\-=:~^",
)
TOKEN = st.one_of(
    st.sampled_from(FRAGMENTS), st.sampled_from(QUOTES), st.text(ALPHABET, min_size=1, max_size=8)
)
LINE = st.lists(TOKEN, min_size=1, max_size=14).flatmap(
    lambda tokens: st.lists(st.sampled_from([" ", "", "  "]), min_size=len(tokens), max_size=len(tokens)).map(
        lambda gaps: "".join(t + g for t, g in zip(tokens, gaps, strict=True))
    )
)
ARTICLE = st.lists(LINE, min_size=1, max_size=6).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\r\n", "\r"]).map(lambda nl: nl.join(lines))
)
EXTENSIONS = yaml_load((ROOT / "mkdocs.yml").read_text("utf-8"))["markdown_extensions"]
PROFILE = settings(derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def to_html(page: str) -> str:
    """One generated page through Python-Markdown with the site's extensions (no theme)."""
    names = [e if isinstance(e, str) else next(iter(e)) for e in EXTENSIONS]
    configs = {next(iter(e)): next(iter(e.values())) for e in EXTENSIONS if isinstance(e, dict)}
    body, _ = mkdocs_meta.get_data(page)
    return markdown.markdown(body, extensions=names, extension_configs=configs)


def check_pages(pages: dict[str, Html], data: dict[str, Any]) -> None:
    """The three properties, on parsed pages and the export."""
    assert {p: found for p, page in pages.items() if (found := injected(page))} == {}
    texts = {a["id"]: a["text"] for a in data["articles"]}
    quotes = [q for page in pages.values() for q in page.quotes]
    event("with footnotes" if quotes else "without footnotes")
    assert [q for q in quotes if texts[q[0]][q[1] : q[2]] != q[3]] == []
    sentences = [s for page in pages.values() for s in page.sentences]
    assert all(any(s in t for t in texts.values()) for s in sentences)


def build_or_fail_cleanly(text: str, folder: Path) -> Path | None:
    """Build one article; the docs folder, or None after a clean refusal."""
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(text.encode("utf-8"))
    code, _out, err = run_build(seeds, folder / "docs")
    event("refused" if code else "built")
    if code != 0:
        assert code == 2 and err.startswith("error: ") and "a.txt" in err and "hint:" in err, err
        assert not (folder / "docs").exists()
        return None
    return folder / "docs"


@settings(PROFILE, max_examples=50)
@given(text=ARTICLE)
def test_generated_articles_render_as_text_with_exact_footnotes(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        docs = build_or_fail_cleanly(text, Path(tmp))
        if docs is None:
            return
        pages = {
            p.relative_to(docs).as_posix(): parse(to_html(p.read_text("utf-8"))) for p in docs.rglob("*.md")
        }
        data = json.loads((docs / "data" / "explainer.json").read_text("utf-8"))
        check_pages(pages, data)
        article = pages["articles/a.md"]
        assert "".join("".join(article.sentences).split()) == "".join(data["articles"][0]["text"].split())


@settings(PROFILE, max_examples=4)
@given(text=ARTICLE.filter(str.strip))
def test_generated_articles_through_mkdocs(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty"
        empty.mkdir()
        project = make_project(Path(tmp), empty)
        (project / "seeds" / "a.txt").write_bytes(text.encode("utf-8"))
        code, _, err = run_build(project / "seeds", project / "docs")
        event("refused" if code else "built")
        if code != 0:
            assert code == 2 and "Traceback" not in err
            return
        assert mkdocs_build(project).returncode == 0
        site = project / "site"
        check_pages(site_pages(site), export(site))


@settings(PROFILE, max_examples=300)
@given(title=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_front_matter_reads_back_exactly(title: str) -> None:
    _, meta = mkdocs_meta.get_data(front_matter(title=title, description="d") + "\nbody")
    assert meta["title"] == html.escape(title)


@settings(PROFILE, max_examples=300)
@given(text=st.text(ALPHABET, min_size=1).map(str.strip).filter(bool))
def test_escaped_text_is_one_paragraph_of_exactly_the_text(text: str) -> None:
    page = parse(to_html(str(escape(text))))
    assert [t for t, _ in page.tags] == ["p"]
    assert "".join(page.text) == text

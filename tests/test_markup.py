from __future__ import annotations

import posixpath
from html.parser import HTMLParser

import markdown
import pytest

from generator.resolve.addresses import page_url
from generator.site.markup import escape, relative, relpath, yaml_string

EXTENSIONS = ["abbr", "admonition", "attr_list", "footnotes", "md_in_html", "tables", "pymdownx.escapeall"]

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<iframe src=//evil></iframe>",
    "[x](javascript:alert(1))",
    "{#id} and {: .class}",
    "| a | b |",
    "*bold* _it_ **b** __u__",
    "[^1] footnote",
    "---",
    "!!! note",
    "--8<-- 'file'",
    "{{ config }} {% raw %}",
    "&amp; &lt; \\ ` ~~ == ^^ :smile:",
    "# heading",
    "1. list",
    "> quote",
]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_itself_and_nothing_else(text: str) -> None:
    out = markdown.markdown(str(escape(text)), extensions=EXTENSIONS)
    parser = _Collect()
    parser.feed(out)
    assert parser.tags == ["p"]
    assert "".join(parser.text) == text  # HTMLParser has already decoded entities


@pytest.mark.parametrize(
    ("src", "dst", "anchor", "expected"),
    [
        ("entities/a.md", "articles/b.md", "s-1", "../articles/b.md#s-1"),
        ("index.md", "claims/c.md", None, "claims/c.md"),
        ("claims/index.md", "claims/c.md", None, "c.md"),
    ],
)
def test_relative_links(src: str, dst: str, anchor: str | None, expected: str) -> None:
    assert relative(src, dst, anchor) == expected


@pytest.mark.parametrize(
    ("page", "url"),
    [("index.md", ""), ("claims/index.md", "claims/"), ("entities/x.md", "entities/x/")],
)
def test_page_url(page: str, url: str) -> None:
    assert page_url(page) == url


@pytest.mark.parametrize("text", ["tab\there", "two\nlines", "cr\rhere", "    four spaces inside"])
def test_white_space_survives_exactly(text: str) -> None:
    parser = _Collect()
    parser.feed(markdown.markdown("x " + str(escape(text)), extensions=EXTENSIONS))
    assert parser.tags == ["p"]
    assert "".join(parser.text) == "x " + text


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        'quote " and \\ backslash',
        "🦀 emoji",
        "\u2028 line separator",
        "\x85 nel",
        "\ufffe",
        "a\nb\tc",
    ],
)
def test_yaml_string_reads_back_exactly(text: str) -> None:
    import yaml

    out = yaml_string(text)
    assert "\n" not in out
    assert yaml.safe_load(f"title: {out}") == {"title": text}


@pytest.mark.parametrize(
    ("path", "folder"),
    [
        ("entities/x.md", "claims"),
        ("entities/x.md", "entities"),
        ("index.md", ""),
        ("entities/x.md", ""),
        ("index.md", "entities"),
        ("a/b/c.md", "a/d"),
        ("a/b", "a/b"),
        ("a/b", "a/b/c"),
        ("a", "a/b/c"),
        ("../x.md", "a"),
        ("a//b.md", "c"),
        ("./a.md", "b/."),
    ],
)
def test_relpath_is_posixpaths(path: str, folder: str) -> None:
    assert relpath(path, folder) == posixpath.relpath(path, folder or ".")

from __future__ import annotations

import re

import pytest

from generator.slugs import MAX_SLUG, slugify, unique

SAFE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin", "vladimir-putin"),
        ("Zaporizhzhia", "zaporizhzhia"),
        ("Donetsk People's Republic", "donetsk-people-s-republic"),
        ("Željko Ražnatović", "zeljko-raznatovic"),
        ("U.S.", "u-s"),
        ("CON", "con-x"),
        ("index", "index-x"),
    ],
)
def test_slugify(text: str, expected: str) -> None:
    assert slugify(text) == expected


@pytest.mark.parametrize("text", ["../../etc/passwd", "🦀🦀", "שלום עולם", "a" * 500, "...", "C:\\x", "nul"])
def test_slugs_are_safe_file_names(text: str) -> None:
    slug = slugify(text)
    assert SAFE.match(slug), slug
    assert len(slug) <= MAX_SLUG + 9
    assert slug not in {"con", "prn", "aux", "nul", "index"}


def test_unreadable_names_get_distinct_hash_slugs() -> None:
    assert slugify("🦀") != slugify("🐍")


def test_unique_suffixes_in_order() -> None:
    taken: set[str] = set()
    assert [unique("a", taken) for _ in range(3)] == ["a", "a-2", "a-3"]


@pytest.mark.parametrize(
    "names",
    [
        ["Foo Bar", "foo-bar", "FOO  BAR!", "Foo_Bar"],
        ["CON", "con", "Con."],
        ["🦀", "🦀"],
        ["a" * 500, "a" * 501],
    ],
)
def test_names_that_slug_alike_get_distinct_safe_ids(names: list[str]) -> None:
    taken: set[str] = set()
    ids = [unique(slugify(n), taken) for n in names]
    assert len(set(ids)) == len(ids)
    assert all(SAFE.match(i) and len(i) <= MAX_SLUG + 9 for i in ids)


def test_slugs_never_leave_the_folder_or_hide() -> None:
    for text in ["../../etc/passwd", "..", ".hidden", "a/b\\c", "~root", "$HOME", "CON.txt", "aux.md"]:
        slug = slugify(text)
        assert SAFE.match(slug) and "/" not in slug and not slug.startswith(".")
        assert slug not in {"con", "aux", "index"}

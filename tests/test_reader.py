from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import BuildError
from generator.read.articles import read_article, read_articles


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"One.\r\nTwo.\r\n", "One.\nTwo.\n"),
        (b"One.\rTwo.", "One.\nTwo."),
        (b"\xef\xbb\xbfWith a BOM.", "With a BOM."),
        ("Cafe\u0301 normalised.".encode(), "Caf\u00e9 normalised."),
        (b"Text with a \x07 bell.", "Text with a  bell."),
    ],
)
def test_text_is_normalised(tmp_path: Path, data: bytes, expected: str) -> None:
    path = _write(tmp_path, "a.txt", data)
    assert read_article(path, tmp_path).text == expected


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        (b"", "empty", None),
        (b"   \n\t\n", "empty", None),
        (b"Good line.\nBad \xff byte.\n", "not valid UTF-8", 2),
        (b"Line one.\nLine two.\n\x00\x01\x02binary", "binary", 3),
    ],
)
def test_unusable_text_names_file_and_line(
    tmp_path: Path, data: bytes, message: str, line: int | None
) -> None:
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(BuildError) as err:
        read_article(path, tmp_path)
    assert message in err.value.message
    assert err.value.path == str(path)
    assert err.value.line == line


def test_title_from_sidecar_else_first_sentence(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", b"First sentence here. Second one.\nMore.")
    _write(tmp_path, "b.txt", b"Untitled text.")
    _write(tmp_path, "a.yml", b"title: A neutral title\ndate: 2022-09-30\npublisher: Wire\n")
    a, b = read_articles(tmp_path)
    assert (a.title, a.meta.date, a.meta.publisher) == ("A neutral title", "2022-09-30", "Wire")
    assert b.title == "Untitled text."


@pytest.mark.parametrize(
    ("yml", "message"),
    [
        (b"title: [unclosed\n", "invalid YAML"),
        (b"- a list\n", "mapping"),
        (b"titel: typo\n", "unknown metadata key"),
        (b"date: 30/09/2022\n", "YYYY-MM-DD"),
        (b"url: javascript:alert(1)\n", "http"),
        (b"title: 3\n", "must be text"),
    ],
)
def test_bad_metadata_is_refused(tmp_path: Path, yml: bytes, message: str) -> None:
    _write(tmp_path, "a.txt", b"Text.")
    _write(tmp_path, "a.yml", yml)
    with pytest.raises(BuildError) as err:
        read_articles(tmp_path)
    assert message in str(err.value)
    assert "a.yml" in str(err.value)


def test_two_files_with_the_same_slug_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "My Article.txt", b"One.")
    _write(tmp_path, "my-article.txt", b"Two.")
    with pytest.raises(BuildError, match="same page name"):
        read_articles(tmp_path)


def test_no_articles_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no articles"):
        read_articles(tmp_path)

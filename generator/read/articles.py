"""Reading articles and their sidecar metadata from ``seeds/``."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from generator.errors import BuildError
from generator.model import Article, ArticleMeta
from generator.read.chars import is_blank
from generator.read.repair import repaired
from generator.read.yamlfile import (
    check_inside,
    check_keys,
    date_value,
    key_error,
    load_optional,
    read_regular,
    text_value,
    top_map,
)
from generator.slugs import slugify

#: Longer articles are refused: a news article is ~10,000 characters, and spaCy needs
#: about 1 s and 40 MB per 10,000 (200,000 take ~20 s and ~800 MB).
MAX_ARTICLE_CHARS = 200_000
#: One paragraph; longer lines are almost always a whole text pasted without line breaks.
MAX_LINE_CHARS = 20_000
_META_KEYS = frozenset(ArticleMeta.__dataclass_fields__)
# Every line break Unicode knows; the generator splits paragraphs on "\n" alone.
_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
#: A headline in Title Case: at least this many capitalised words, and this share of the
#: words that are no small words ("of", "the", "with": lower case, at most four letters).
_HEADLINE_MIN_CAPS = 4
_HEADLINE_SHARE = 1.0
_SMALL_WORD = re.compile(r"[a-z]{1,4}")
#: A title longer than this is cut at a word boundary.
_MAX_TITLE = 90
_MAX_HEADLINE = 150


def read_articles(seeds: Path, root: Path | None = None) -> tuple[Article, ...]:
    """Every ``*.txt`` in ``seeds`` (sorted by name), with its sidecar, as an Article."""
    if not seeds.is_dir():
        raise BuildError("the seeds folder does not exist", path=seeds, hint="pass --seeds DIR")
    paths = sorted(p for p in seeds.glob("*.txt") if p.is_file())
    if not paths:
        raise BuildError("no articles (*.txt) found", path=seeds, hint="add an article as seeds/<name>.txt")
    articles = [read_article(p, root or seeds.parent) for p in paths]
    _check_unique_ids(articles, paths)
    return tuple(articles)


def read_article(path: Path, root: Path) -> Article:
    """One article: decoded, normalised, titled."""
    check_inside(path, path.parent)
    text = _decode(path)
    meta = _read_meta(path.with_suffix(".yml"))
    article_id = slugify(meta.slug or path.stem)
    title = meta.title or _title_from_text(text)
    try:
        source = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        source = path.name
    return Article(id=article_id, source=source, text=text, title=title, meta=meta)


def _decode(path: Path) -> str:
    """Strict UTF-8, BOM dropped, newlines, messy copy repaired; refuse binary, empty or huge text."""
    # Checked before reading: a character is at most 4 bytes, so this is surely too long.
    if path.stat().st_size > 4 * MAX_ARTICLE_CHARS:
        raise _too_long(path, f"{path.stat().st_size:,} bytes")
    data = read_regular(path, 4 * MAX_ARTICLE_CHARS, "split it into several articles")
    if b"\x00" in data:
        raise BuildError(
            "this looks like a binary file, not text",
            path=path,
            line=_line_of(data, data.index(b"\x00")),
            hint="save the article as UTF-8 plain text",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BuildError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})",
            path=path,
            line=_line_of(data, err.start),
            hint="re-save the file as UTF-8",
        ) from None
    # Mojibake, markup and stray controls are repaired, with warnings; only NUL (above)
    # means the file is no text at all.
    text = repaired(_BREAKS.sub("\n", text.removeprefix("\ufeff")), path)
    text = unicodedata.normalize("NFC", text)
    if is_blank(text):
        raise BuildError(
            "the article is empty (it shows no character)",
            path=path,
            hint="add its text or remove the file",
        )
    _check_length(path, text)
    return text


def _check_length(path: Path, text: str) -> None:
    """Refuse an article or a line too long to analyse in reasonable time and memory."""
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise BuildError(
                f"the line is {len(line):,} characters long, over the limit of {MAX_LINE_CHARS:,}",
                path=path,
                line=number,
                hint="put each paragraph on a line of its own",
            )
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_long(path, f"{len(text):,} characters")


def _too_long(path: Path, size: str) -> BuildError:
    """The error for an article over the length limit."""
    return BuildError(
        f"the article is {size}, over the limit of {MAX_ARTICLE_CHARS:,} characters",
        path=path,
        hint="split it into several articles",
    )


def _line_of(data: bytes, offset: int) -> int:
    """1-based line number of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


_META_HINT = "write lines like 'title: ...'"


def _read_meta(path: Path) -> ArticleMeta:
    """The sidecar ``<name>.yml``, validated; an empty ArticleMeta when there is none."""
    loaded = load_optional(path)
    if loaded is None:
        return ArticleMeta()
    raw = top_map(
        loaded, path, "metadata must be a mapping of keys to values", "write lines like 'title: ...'"
    )
    check_keys(raw, _META_KEYS, "metadata key(s)", path)
    values: dict[str, str | None] = {}
    for key in raw:
        value = date_value(raw, key, "metadata 'date'", path) if key == "date" else None
        if key != "date":
            value = text_value(raw, key, f"metadata '{key}'", path)
        values[key] = None if value is None or is_blank(value) else value.strip()
    if values.get("url") and not re.match(r"https?://", values["url"] or ""):
        raise key_error(
            raw,
            "url",
            "metadata 'url' must start with http:// or https://",
            path,
            "give the article's web address",
        )
    return ArticleMeta(**values)


def _title_from_text(text: str) -> str:
    """The headline when the text opens with one, else the first sentence-ish; cut at a word."""
    first = next(line.strip() for line in text.split("\n") if not is_blank(line))
    if headline_end(text):
        return _cut(first, _MAX_HEADLINE)
    return _cut(re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0], _MAX_TITLE)


def _cut(text: str, limit: int) -> str:
    """``text``, or its first ``limit`` characters cut at a word boundary with an ellipsis."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def headline_end(text: str) -> int:
    """End offset of the first line when it is a headline in Title Case with more text below, else 0."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or is_blank(text[end:]) or not in_title_case(text[start:end]):
        return 0
    return len(text[:end].rstrip())


def in_title_case(line: str) -> bool:
    """True when every word but the first and the small ones is capitalised, at least four.

    "Trump Tells Florida Supporters Clinton Joked" is in Title Case; "Putin said on Monday
    that he would win." is a sentence ("would" is not capitalised).
    """
    # The first word is capitalised in any sentence: only the others tell Title Case.
    words = [w.strip("\"'“”‘’()[],.:;!?—–-") for w in line.split()[1:]]
    words = [w for w in words if any(c.isalpha() for c in w) and not _SMALL_WORD.fullmatch(w)]
    caps = sum(1 for w in words if not w[:1].islower())
    return caps >= _HEADLINE_MIN_CAPS and caps >= _HEADLINE_SHARE * len(words)


def _check_unique_ids(articles: list[Article], paths: list[Path]) -> None:
    """Two files whose names give the same slug would overwrite each other's page."""
    seen: dict[str, Path] = {}
    for article, path in zip(articles, paths, strict=True):
        if article.id in seen:
            raise BuildError(
                f"gives the same page name '{article.id}' as {seen[article.id].name}",
                path=path,
                hint="rename one of the files, or set a different 'slug' in its .yml",
            )
        seen[article.id] = path

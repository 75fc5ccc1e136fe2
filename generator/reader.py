"""Reading articles and their sidecar metadata from ``seeds/``."""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BuildError, yaml_error
from generator.model import Article, ArticleMeta
from generator.slugs import slugify

#: Larger articles are refused rather than analysed for minutes (a news article is ~10 KB).
MAX_ARTICLE_BYTES = 8_000_000
_META_KEYS = frozenset(ArticleMeta.__dataclass_fields__)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    """Strict UTF-8, BOM dropped, CRLF and lone CR made newlines; refuse binary or empty."""
    data = path.read_bytes()
    if len(data) > MAX_ARTICLE_BYTES:
        raise BuildError(
            f"the article is {len(data):,} bytes, over the limit of {MAX_ARTICLE_BYTES:,}",
            path=path,
            hint="split it into several articles",
        )
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
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        raise BuildError(
            f"control character U+{ord(bad.group()):04X} in the text",
            path=path,
            line=text.count("\n", 0, bad.start()) + 1,
            hint="remove it; articles are plain text",
        )
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise BuildError("the article is empty", path=path, hint="add its text or remove the file")
    return text


def _line_of(data: bytes, offset: int) -> int:
    """1-based line number of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def _read_meta(path: Path) -> ArticleMeta:
    """The sidecar ``<name>.yml``, validated; an empty ArticleMeta when there is none."""
    if not path.exists():
        return ArticleMeta()
    raw = load_yaml(path)
    if raw is None:
        return ArticleMeta()
    if not isinstance(raw, dict):
        raise BuildError("metadata must be a mapping of keys to values", path=path, line=1)
    unknown = sorted(str(k) for k in raw if k not in _META_KEYS)
    if unknown:
        raise BuildError(
            f"unknown metadata key(s): {', '.join(unknown)}",
            path=path,
            hint=f"allowed keys: {', '.join(sorted(_META_KEYS))}",
        )
    values: dict[str, str | None] = {}
    for key, value in raw.items():
        if isinstance(value, datetime.date):
            value = value.isoformat()
        if value is not None and not isinstance(value, str):
            raise BuildError(f"metadata '{key}' must be text", path=path)
        values[str(key)] = value.strip() if isinstance(value, str) else None
    if values.get("date") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", values["date"] or ""):
        raise BuildError("metadata 'date' must be YYYY-MM-DD", path=path)
    if values.get("url") and not re.match(r"https?://", values["url"] or ""):
        raise BuildError("metadata 'url' must start with http:// or https://", path=path)
    return ArticleMeta(**values)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, turning a syntax error into a BuildError with its line."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise BuildError("not valid UTF-8", path=path, hint="re-save the file as UTF-8") from None
    except yaml.YAMLError as err:
        raise yaml_error(err, path, "fix the syntax (see yaml.org for the format)") from None


def _title_from_text(text: str) -> str:
    """First sentence-ish of the first paragraph, cut at a word boundary."""
    first = next(line.strip() for line in text.split("\n") if line.strip())
    cut = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(cut) > 90:
        cut = cut[:90].rsplit(" ", 1)[0] + "…"
    return cut


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

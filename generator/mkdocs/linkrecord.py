"""The link check, again only where the site changed since the last passing check.

A passing check leaves a record (in the site build's cache folder): the size and time of
every file of the site and, for every page, what the check needs of it without reading it
again: its ids, the links it makes (already resolved to a file and an anchor) and the
articles its footnotes quote, with a hash of each article's text. The next check reads
only the pages whose file changed, and checks

* every link and every footnote quote of those pages;
* the links of the other pages into a page or file that changed or went (an anchor may
  have gone with it);
* the footnote quotes of the pages quoting an article whose text changed (read again).

That finds every problem a full check finds (``tests/test_incremental.py`` breaks a link
into an unchanged page); no record, another stamp or ``--again`` checks everything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator.files import atomic_write, folder_key
from generator.mkdocs import linkcheck, sitebuild

_VERSION = 1
_EXPORT = "data/explainer.json"


@dataclass(frozen=True)
class Summary:
    """What the check keeps of one page: ids, resolved links, articles quoted."""

    ids: frozenset[str]
    links: tuple[tuple[str, str], ...]  #: (target file, anchor or "")
    cites: frozenset[str]


@dataclass(frozen=True)
class _Record:
    """The last passing check: the site's files, its pages' summaries, its articles' hashes."""

    site: dict[str, list[int]]
    pages: dict[str, Summary]
    texts: dict[str, str]


@dataclass(frozen=True)
class Outcome:
    """A check: the problems, and how many pages it read (0: skipped, nothing changed)."""

    problems: list[str]
    read: int
    skipped: bool


def check_changed(site: Path, site_url: str, cache: Path | None) -> Outcome:
    """Check what changed since the last passing check (everything without a record)."""
    base = urlsplit(site_url).path or "/"
    base = base if base.endswith("/") else base + "/"
    stamp = _stamp(site_url)
    path = None if cache is None else cache / f"{folder_key(site)}.links.json"
    state = sitebuild.file_state(site)
    old = _read(path, stamp)
    if old is not None and old.site == state:
        return Outcome([], 0, True)
    texts = _article_texts(site)
    hashes = {a: _hash(t) for a, t in texts.items()}
    before = old.site if old else {}
    kept = old.pages if old else {}
    html = [rel for rel in state if rel.endswith(".html")]
    if old is None or any(rel not in kept for rel in html if before.get(rel) == state[rel]):
        changed = set(state)
    else:
        changed = sitebuild.changed(before, state)
    moved = {a for a in hashes if old is None or old.texts.get(a) != hashes[a]}
    moved |= set(old.texts) - set(hashes) if old else set()
    fresh: dict[str, linkcheck.Page] = {}
    summaries: dict[str, Summary] = {}
    for rel in html:
        summary = None if rel in changed else kept[rel]
        if summary is None or summary.cites & moved:
            fresh[rel] = _read_page(site, rel)
            summary = summarise(fresh[rel], base)
        summaries[rel] = summary
    problems = _broken(summaries, state, changed, fresh) + _wrong_quotes(fresh, texts)
    if path is not None and not problems:
        _save(path, stamp, state, summaries, hashes)
    return Outcome(problems, len(fresh), False)


def check_once(site: Path, site_url: str, cache: Path | None) -> tuple[list[str], bool]:
    """``check_changed``: the problems, and whether the check was skipped (nothing changed)."""
    outcome = check_changed(site, site_url, cache)
    return outcome.problems, outcome.skipped


def summarise(page: linkcheck.Page, base: str = "/") -> Summary:
    """What the check keeps of a parsed page."""
    links = {
        (target, anchor or "") for _, target, anchor in linkcheck.internal_links({page.path: page}, base)
    }
    return Summary(frozenset(page.ids), tuple(sorted(links)), frozenset(q[0] for q in page.quotes))


def _broken(
    summaries: Mapping[str, Summary], state: Collection[str], changed: set[str], fresh: Collection[str]
) -> list[str]:
    """Broken links of the pages read again, and links of the others into what changed."""
    broken = []
    for source in sorted(summaries):
        whole = source in fresh
        for target, anchor in summaries[source].links:
            if not whole and target not in changed:
                continue
            if target.endswith(linkcheck.FILES):
                ok = target in state
            else:
                ok = target in summaries and (not anchor or anchor in summaries[target].ids)
            if not ok:
                broken.append(f"{source} -> {target}" + (f"#{anchor}" if anchor else ""))
    return broken


def _wrong_quotes(fresh: Mapping[str, linkcheck.Page], texts: Mapping[str, str]) -> list[str]:
    """Footnotes of the pages read again whose words differ from the article's."""
    wrong = []
    for rel in sorted(fresh):
        for article, start, end, shown in fresh[rel].quotes:
            if article not in texts or texts[article][start:end] != shown:
                wrong.append(f"{rel}: {article}[{start}:{end}] shown as {shown!r}")
    return wrong


def _read_page(site: Path, rel: str) -> linkcheck.Page:
    """One page, parsed (without its list of tags, which only tests look at)."""
    page = linkcheck.Page(rel)
    linkcheck.parse(page, (site / rel).read_text(encoding="utf-8"), tags=False)
    return page


def _article_texts(site: Path) -> dict[str, str]:
    """Article id -> text, from the site's export."""
    data = json.loads((site / _EXPORT).read_text(encoding="utf-8"))
    return {a["id"]: a["text"] for a in data["articles"]}


def _stamp(site_url: str) -> str:
    """A hash of the check's code and the site's address: a record made with others is not used."""
    here = Path(__file__).resolve().parent
    code = b"".join((here / name).read_bytes() for name in ("linkcheck.py", "linkrecord.py"))
    return hashlib.sha256(code + b"\0" + site_url.encode()).hexdigest()


def _read(path: Path | None, stamp: str) -> _Record | None:
    """The last passing check's record, or None (missing, damaged, other code or address)."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        if data.get("version") != _VERSION or data.get("stamp") != stamp:
            return None
        pages = {
            str(rel): Summary(frozenset(ids), tuple((str(t), str(a)) for t, a in links), frozenset(cites))
            for rel, (ids, links, cites) in data["pages"].items()
        }
        return _Record(dict(data["site"]), pages, dict(data["texts"]))
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _save(
    path: Path,
    stamp: str,
    state: Mapping[str, list[int]],
    summaries: Mapping[str, Summary],
    hashes: Mapping[str, str],
) -> None:
    """Keep the record of a passing check."""
    pages = {rel: [sorted(s.ids), s.links, sorted(s.cites)] for rel, s in summaries.items()}
    record = {"version": _VERSION, "stamp": stamp, "site": state, "pages": pages, "texts": hashes}
    atomic_write(path, json.dumps(record, separators=(",", ":")).encode("utf-8"))


def _hash(text: str) -> str:
    """A short hash of an article's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

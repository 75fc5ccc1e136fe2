"""Building ``site/`` from ``docs/``: MkDocs, then Pagefind's search index, and no more than needed.

A record of the last build (``.cache/site/``) holds a stamp of what shapes every page (the
MkDocs config, the theme overrides, the versions of MkDocs, Material, Markdown and
Pagefind, this package's own code, ``site_url``) and the size and modification time of
every file in ``docs/`` and in ``site/``. Then:

* **nothing changed** (same stamp, same ``docs/``, ``site/`` exactly as left): nothing runs;
* **only pages changed**: the built files of every changed or removed page are deleted and
  MkDocs builds ``--dirty``, which renders just the pages whose output is missing. The
  navigation is small and static (``nav`` in mkdocs.yml; every generated page is
  ``not_in_nav``), so an unchanged page's HTML is what a clean build would write;
  ``tests/test_sitebuild.py`` proves it byte for byte;
* **anything else** (first build, new config or theme, a touched ``site/``): a clean build.

Pagefind then indexes the whole of ``site/`` again (it has no incremental mode, and takes a
few seconds): a fresh ``pagefind/`` folder each time, so no old fragment stays behind. It
is not given the claim pages, which the search leaves out (``pagefind_glob``).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from generator.errors import BuildError
from generator.files import atomic_write, folder_key
from generator.resolve.addresses import CLAIMS

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

#: Where the record of the last build is kept, one file per site folder.
DEFAULT_CACHE = Path(".cache") / "site"
#: Distributions whose version changes what MkDocs or Pagefind write.
_DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pagefind-bin")
#: The folder Pagefind writes its index into, inside the site.
PAGEFIND = "pagefind"
#: The top-level folder whose pages are left out of the search (all but its index page).
_UNSEARCHED = CLAIMS.split("/", 1)[0]
#: Pagefind's default glob, and the names that can be listed in a glob as they are.
_EVERY_PAGE = "**/*.{html}"
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_.-]+")
_RECORD_VERSION = 1

State = dict[str, list[int]]
Action = Literal["unchanged", "dirty", "clean"]


@dataclass(frozen=True)
class _Record:
    """The last build: its stamp, and the state of ``docs/`` and ``site/`` it left."""

    stamp: str
    docs: State
    site: State


@dataclass(frozen=True)
class SiteResult:
    """What a site build did, for the command line to report."""

    action: Action
    pages: int  #: pages rebuilt (a dirty build) or written (a clean one); 0 when unchanged
    mkdocs_seconds: float = 0.0
    pagefind_seconds: float = 0.0


def build_site(config_file: Path, *, cache: Path | None = DEFAULT_CACHE, clean: bool = False) -> SiteResult:
    """Bring ``site/`` up to date with ``docs/``; ``cache=None`` or ``clean`` forces a clean build."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.config import load_config

    config = load_config(str(config_file))
    docs, site = Path(config.docs_dir), Path(config.site_dir)
    overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    stamp = _hash(config_stamp(config_file, overrides), str(config.site_url or ""))
    record_path = _record_path(cache, site)
    previous = None if clean or record_path is None else _read_record(record_path)
    now = file_state(docs)
    if previous is not None and (previous.stamp != stamp or previous.site != file_state(site)):
        previous = None
    if previous is not None and previous.docs == now:
        return SiteResult("unchanged", 0)
    if previous is not None:
        pages = remove_outputs(config, previous.docs, now)
    else:
        pages = sum(1 for rel in now if rel.endswith(".md"))
    start = time.perf_counter()
    _mkdocs(config, dirty=previous is not None)
    _prune_empty_folders(site)
    middle = time.perf_counter()
    _pagefind(site)
    end = time.perf_counter()
    if record_path is not None:
        record = {"version": _RECORD_VERSION, "stamp": stamp, "docs": now, "site": file_state(site)}
        atomic_write(record_path, json.dumps(record, sort_keys=True).encode("utf-8"))
    return SiteResult("dirty" if previous is not None else "clean", pages, middle - start, end - middle)


def config_stamp(config_file: Path, overrides: Path | None) -> str:
    """A hash of everything but ``docs/`` that shapes the built site."""
    digest = hashlib.sha256(config_file.read_bytes())
    for name in _DISTRIBUTIONS:
        try:
            digest.update(f"\0{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"\0{name}=none".encode())
    here = Path(__file__).resolve().parent
    for base in [here] if overrides is None else [overrides, here]:
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(b"\0" + path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def file_state(folder: Path) -> State:
    """Size and modification time of every file under ``folder``, by relative path.

    ``os.scandir`` and plain strings, not ``pathlib``: a site of 1,000 articles has some
    65,000 files, and this runs on every build, even one with nothing to do.
    """
    state: State = {}
    todo = [("", str(folder))] if folder.is_dir() else []
    while todo:
        prefix, path = todo.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((prefix + entry.name + "/", entry.path))
                else:
                    info = entry.stat()
                    state[prefix + entry.name] = [info.st_size, info.st_mtime_ns]
    return dict(sorted(state.items()))


def changed(before: State, now: State) -> set[str]:
    """The files that changed or went between two states of a folder."""
    return {rel for rel in now if before.get(rel) != now[rel]} | (set(before) - set(now))


def remove_outputs(config: MkDocsConfig, before: State, now: State) -> int:
    """Delete what MkDocs built from every docs file that changed or went; the number of pages."""
    from mkdocs.structure.files import File

    touched = changed(before, now)
    for rel in sorted(touched):
        built = File(rel, config.docs_dir, config.site_dir, config.use_directory_urls)
        Path(built.abs_dest_path).unlink(missing_ok=True)
    return sum(1 for rel in touched if rel.endswith(".md"))


def _mkdocs(config: MkDocsConfig, *, dirty: bool) -> None:
    """Run MkDocs' build in this process; warnings stop it (``strict``), as on the command line."""
    from mkdocs.commands import build
    from mkdocs.exceptions import Abort

    logger = logging.getLogger("mkdocs")
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.addFilter(_not_the_dirty_warning)
    logger.addHandler(handler)
    quiet = logging.getLogger("mkdocs.commands.build")
    quiet.addFilter(_not_the_dirty_warning)
    try:
        build.build(config, dirty=dirty)
    except Abort as err:
        raise BuildError(f"MkDocs stopped: {err}", hint="fix the page it names, then build again") from None
    finally:
        logger.removeHandler(handler)
        quiet.removeFilter(_not_the_dirty_warning)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    """Drop MkDocs' warning that a dirty build may leave stale navigation.

    It is true of a dirty build in general; here the outputs of every changed page are
    deleted first and the navigation is static, so the build equals a clean one (and
    ``strict`` would otherwise count the warning and stop).
    """
    return "'dirty' build is being performed" not in record.getMessage()


def _pagefind(site: Path) -> None:
    """A fresh Pagefind index of the built pages in ``site/pagefind/``."""
    shutil.rmtree(site / PAGEFIND, ignore_errors=True)
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", PAGEFIND, "--silent"]
    command += ["--glob", pagefind_glob(site)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BuildError(
            f"Pagefind could not index the site: {done.stderr.strip() or done.stdout.strip()}",
            path=site,
            hint="is the pagefind package installed? (`make site` installs it)",
        )


def pagefind_glob(site: Path) -> str:
    """The pages Pagefind reads: every HTML file but those of the claim pages' folder.

    A claim page is never indexed (``search: exclude``: its words are on its article), but
    Pagefind would still read and parse each one, nine pages in ten at 1,000 articles; the
    folder's own index page is kept. Pagefind's glob has no "not", so the other top-level
    entries are listed; a name with any character a glob could read as a pattern gives
    Pagefind's own glob instead. ``tests/test_sitebuild.py`` checks that the index is unchanged.
    """
    kept = []
    for entry in sorted(os.scandir(site), key=lambda e: e.name):
        if not _PLAIN_NAME.fullmatch(entry.name):
            return _EVERY_PAGE
        if entry.is_dir(follow_symlinks=False):
            if entry.name == _UNSEARCHED:
                kept.append(f"{entry.name}/index.html")
            elif entry.name != PAGEFIND:
                kept.append(f"{entry.name}/**/*.html")
        elif entry.name.endswith(".html"):
            kept.append(entry.name)
    return "{" + ",".join(kept) + "}" if kept else _EVERY_PAGE


def _prune_empty_folders(site: Path) -> None:
    """Remove folders left empty by deleted pages (a clean build has none)."""
    for top, _dirs, _names in os.walk(site, topdown=False):
        folder = Path(top)
        if folder != site and not any(folder.iterdir()):
            folder.rmdir()


def _record_path(cache: Path | None, site: Path) -> Path | None:
    """The record file for this site folder, or None without a cache."""
    return None if cache is None else cache / f"{folder_key(site)}.json"


def _read_record(path: Path) -> _Record | None:
    """The last build's record, or None when missing, damaged or of another version."""
    try:
        data = json.loads(path.read_bytes())
        if data["version"] != _RECORD_VERSION:
            return None
        return _Record(str(data["stamp"]), dict(data["docs"]), dict(data["site"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _hash(*parts: str) -> str:
    """SHA-256 of strings joined by NUL."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()

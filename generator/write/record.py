"""The record of the last build into a docs folder, which lets an unchanged build skip rendering."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Collection, Iterable
from pathlib import Path

from generator.analyse.cache import PACKAGE, ROOT, environment_id
from generator.files import atomic_write, folder_key


@functools.cache
def package_code_hash() -> str:
    """SHA-256 of the whole generator package and the templates: anything that shapes output."""
    digest = hashlib.sha256()
    for base in (PACKAGE, ROOT / "templates"):
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_stamp(seeds: Path, environment: str | None = None, *, site_url: str = "") -> str:
    """A hash of every input of a build: all of ``seeds/``, the code, templates, model and site URL."""
    digest = hashlib.sha256()
    digest.update((environment_id() if environment is None else environment).encode() + b"\0")
    digest.update(site_url.encode() + b"\0")
    digest.update(package_code_hash().encode() + b"\0")
    for path in sorted(p for p in seeds.rglob("*") if p.is_file()):
        digest.update(path.relative_to(seeds).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class BuildRecord:
    """What the last build into one docs folder was made from and wrote (size, mtime).

    A build whose stamp matches and whose output files are all as it left them has
    nothing to do: rendering would write the same bytes. Kept in ``<cache>/builds/``.
    """

    def __init__(self, folder: Path | None, docs: Path) -> None:
        self.path = folder / "builds" / f"{folder_key(docs)}.json" if folder else None
        self.docs = docs

    def current(self, stamp: str) -> int | None:
        """How many files the last build wrote, if it had this stamp and its files are untouched."""
        if self.path is None:
            return None
        try:
            data = json.loads(self.path.read_bytes())
            if data["stamp"] != stamp:
                return None
            for rel, (size, mtime) in data["files"].items():
                info = (self.docs / rel).stat()
                if (info.st_size, info.st_mtime_ns) != (size, mtime):
                    return None
            return int(data["outputs"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, stamp: str, outputs: Collection[str], also: Iterable[str] = ()) -> None:
        """Record this build's stamp and the state of its output files (and of ``also``)."""
        if self.path is None:
            return
        try:
            state = {}
            for rel in sorted({*outputs, *also}):
                info = (self.docs / rel).stat()
                state[rel] = [info.st_size, info.st_mtime_ns]
            record = {"stamp": stamp, "outputs": len(outputs), "files": state}
            atomic_write(self.path, json.dumps(record).encode("utf-8"))
        except OSError:
            pass  # Without a record the next build renders everything: slower, still right.

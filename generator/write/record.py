"""The record of the last build into a docs folder, which lets an unchanged build skip rendering."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.analyse.cache import PACKAGE, ROOT, environment_id
from generator.files import atomic_write, folder_key
from generator.model import Graph


@dataclass(frozen=True)
class Summary:
    """What a build's graph holds, as the command line reports it."""

    articles: int  #: articles read
    entities: int  #: entity pages
    claims: int  #: claims found
    joined: int  #: names joined automatically across articles
    unused: tuple[str, ...]  #: warnings for register entries that match nothing

    @classmethod
    def of(cls, graph: Graph, unused: Sequence[str]) -> Summary:
        """The summary of ``graph``, with the register's unused-entry warnings."""
        joined = sum(len(e.joined) for e in graph.entities)
        return cls(len(graph.articles), len(graph.entities), len(graph.claims), joined, tuple(unused))


@dataclass(frozen=True)
class Last:
    """The last build into a docs folder, when it is still what the folder holds."""

    outputs: int  #: files it wrote or kept
    summary: Summary


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

    def current(self, stamp: str) -> Last | None:
        """The last build, if it had this stamp and its files are untouched."""
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
            summary = data["summary"]
            return Last(int(data["outputs"]), Summary(**{**summary, "unused": tuple(summary["unused"])}))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, stamp: str, outputs: Collection[str], summary: Summary, also: Iterable[str] = ()) -> None:
        """Record this build's stamp and the state of its output files (and of ``also``)."""
        if self.path is None:
            return
        try:
            state = {}
            for rel in sorted({*outputs, *also}):
                info = (self.docs / rel).stat()
                state[rel] = [info.st_size, info.st_mtime_ns]
            record = {"stamp": stamp, "outputs": len(outputs), "summary": asdict(summary), "files": state}
            atomic_write(self.path, json.dumps(record).encode("utf-8"))
        except OSError:
            pass  # Without a record the next build renders everything: slower, still right.

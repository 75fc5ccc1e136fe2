"""Pages whose inputs did not change are taken from ``docs/`` instead of rendered again.

A page's Markdown is a function of its template, its context and the code: the render
cache keeps, for every page of the last build into one docs folder, a digest of its
context (salted with a hash of the code and templates), a digest of the bytes it
rendered, and for claim and article pages a key of the inputs the context is made from
(``pagekeys.py``). When a page's context digest matches and ``docs/`` still holds bytes with
that output digest, those bytes are what rendering would give, and Jinja is not run; when
its input key matches, not even its context is made.

Kept in ``<cache>/pages/<docs folder hash>.json``; a damaged, foreign or stale file is
ignored (everything is rendered), never trusted. Saved only after ``docs/`` is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import pickle
from pathlib import Path, PurePosixPath
from typing import Any

from generator.files import atomic_write, folder_key
from generator.site.render import PageSpec

#: Bump when the file layout or the way contexts are digested changes.
SCHEMA = 2


def pickled(value: Any) -> bytes:
    """A value's bytes for a digest: its pickle, written without a memo.

    Pickle keeps types apart (``Markup`` from ``str``: one is escaped, the other not) and
    dict order (templates loop in it); fast mode writes shared objects out in full, so the
    bytes depend on values only, not on which objects happen to be shared.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: equal values give equal bytes however they are shared
    pickler.dump(value)
    return buffer.getvalue()


def context_digest(spec: PageSpec, salt: str) -> str | None:
    """SHA-256 of everything a page's rendering reads (None: the context cannot be digested)."""
    try:
        data = pickled((spec.path, spec.template, spec.context))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return None
    return hashlib.sha256(salt.encode() + b"\0" + data).hexdigest()


class RenderCache:
    """Context and output digests of the pages of the last build into ``docs``."""

    def __init__(self, folder: Path, docs: Path, salt: str) -> None:
        self.path = folder / "pages" / f"{folder_key(docs)}.json"
        self.docs = docs
        self.salt = salt
        self.reused = 0
        self._old = self._load()
        self._new: dict[str, tuple[str, str, str]] = {}

    def _load(self) -> dict[str, tuple[str, str, str]]:
        """The last build's entries, or none when the file is absent, damaged or for other code."""
        try:
            data = json.loads(self.path.read_bytes())
            if data["schema"] != SCHEMA or data["salt"] != self.salt:
                return {}
            pages = data["pages"]
            return {
                str(p): (c, o, k)
                for p, (c, o, k) in pages.items()
                if isinstance(c, str) and isinstance(o, str) and isinstance(k, str)
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def reuse_unmade(self, path: str, key: str) -> bytes | None:
        """The page's bytes from ``docs/`` if its input key is unchanged and the file is as rendered."""
        entry = self._old.get(path)
        if entry is None or not key or entry[2] != key:
            return None
        return self._take(path, entry)

    def reuse(self, path: str, digest: str, key: str = "") -> bytes | None:
        """The page's bytes from ``docs/`` if its context is unchanged and the file is as rendered."""
        entry = self._old.get(path)
        if entry is None or entry[0] != digest:
            return None
        return self._take(path, (entry[0], entry[1], key))

    def _take(self, path: str, entry: tuple[str, str, str]) -> bytes | None:
        """The file's bytes if they are what the entry says was rendered; noted for the next build."""
        if not _plain(path):
            return None
        try:
            data = self.docs.joinpath(*PurePosixPath(path).parts).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != entry[1]:
            return None  # edited, damaged or from another build: render it
        self.reused += 1
        self._new[path] = entry  # the same page and the same bytes as last time
        return data

    def note(self, path: str, digest: str, data: bytes, key: str = "") -> None:
        """Remember what this build made of a page (and its input key, if any), for the next build."""
        self._new[path] = (digest, hashlib.sha256(data).hexdigest(), key)

    def save(self) -> None:
        """Keep this build's entries (call once ``docs/`` holds them); a failed write only costs time."""
        data = {"schema": SCHEMA, "salt": self.salt, "pages": dict(sorted(self._new.items()))}
        with contextlib.suppress(OSError):
            atomic_write(self.path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def _plain(path: str) -> bool:
    """Whether a page path stays inside the docs folder (others are never read)."""
    rel = PurePosixPath(path)
    return bool(rel.parts) and not rel.is_absolute() and ".." not in rel.parts and "\\" not in path

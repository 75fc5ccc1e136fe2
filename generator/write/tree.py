"""Writing the generated files into ``docs/`` all at once, without losing anything.

The new tree is built in a temporary folder beside ``docs/`` (so on the same file
system): files the generator did not write are linked (or copied) across, the generated
files are written, and then the two folders are swapped by renaming. A failure at any
point before the swap leaves ``docs/`` exactly as it was.

A manifest (``docs/.generator-manifest.json``) lists what the generator wrote; only files
on the previous manifest are ever left out of the new tree, so hand-written pages survive
every build, and a hand-written file where the generator wants to write stops the build.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
import secrets
import shutil
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.errors import BuildError, warn

MANIFEST = ".generator-manifest.json"
_NEW, _OLD = "new", "old"


@dataclass
class _Counts:
    """What a write did, for the command line to report."""

    written: int = 0
    unchanged: int = 0
    deleted: int = 0


def safe_path(root: Path, relative: str) -> Path:
    """``root / relative``, refusing anything that would land outside ``root``."""
    return SafePaths(root).path(relative)


class SafePaths:
    """``safe_path`` for many paths under one root: the root and each folder resolved once.

    Resolving every one of 40,000 paths link by link took seconds; a folder's resolution is
    the same for all its files, so it is kept (the folders are not changed into links while
    one build writes). A file that is itself a link is resolved in full, as before.
    """

    def __init__(self, root: Path) -> None:
        """Resolve ``root`` once."""
        self.root = root
        self._real = root.resolve()
        self._inside: set[tuple[str, ...]] = set()

    def path(self, relative: str) -> Path:
        """``root / relative``, refusing anything that would land outside ``root``."""
        rel = PurePosixPath(relative)
        if rel.is_absolute() or ".." in rel.parts or not rel.parts or "\\" in relative:
            raise _outside(relative)
        path = self.root.joinpath(*rel.parts)
        folder = rel.parts[:-1]
        if folder not in self._inside:
            if not path.parent.resolve().is_relative_to(self._real):
                raise _outside(relative)
            self._inside.add(folder)
        if path.is_symlink() and not path.resolve().is_relative_to(self._real):
            raise _outside(relative)
        return path


def _outside(relative: str) -> BuildError:
    """The error for a path that would land outside the output folder."""
    return BuildError(f"refusing to write outside the output folder: {relative!r}")


def write_tree(root: Path, files: Mapping[str, bytes]) -> tuple[int, int, int]:
    """Make ``root`` hold ``files`` and its hand-written files; returns (written, unchanged, deleted)."""
    # Through a symlinked docs/ to the real folder, so the link itself stays in place.
    target = root.resolve()
    _check_interrupted(target)
    if target.exists() and not target.is_dir():
        raise BuildError("the output folder is a file", path=root, hint="pass --docs DIR")
    _remove_stale(target)
    previous = _read_manifest(target) if target.is_dir() else set()
    # Noted before the new tree is filled: a file saved from now on is one the fill may miss.
    late = _LateFiles(target, previous, files) if target.is_dir() else None
    staging = _make_sibling(target, _NEW)
    try:
        counts = _fill(staging, target, files, previous)
        _swap(staging, target, late)
    except OSError as err:
        raise BuildError(
            f"could not write the output folder: {err.strerror or err}",
            path=err.filename or root,
            hint="check free space and permissions; the folder was left as it was",
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return counts.written, counts.unchanged, counts.deleted


def _fill(staging: Path, target: Path, files: Mapping[str, bytes], previous: set[str]) -> _Counts:
    """Put the hand-written files and the new generated files into ``staging``."""
    counts = _Counts()
    old = target if target.is_dir() else None
    if old is not None:
        shutil.copymode(old, staging)
        for rel in _kept_entries(old, previous):
            if rel in files and not _same(old / rel, files[rel]):
                raise BuildError(
                    "this file was not written by the generator, which needs its name",
                    path=old / rel,
                    hint="move it elsewhere; if the generator did write it, delete it",
                )
            if rel not in files:
                _carry(old / rel, staging / rel)
        counts.deleted = sum(1 for rel in previous - set(files) if (old / rel).is_file())
    guard = SafePaths(staging)
    for rel in sorted(files):
        path = guard.path(rel)
        if old is not None and _same(old / rel, files[rel]):
            # Linking keeps the old file's time stamp, so unchanged pages look unchanged.
            _carry(old / rel, path)
            counts.unchanged += 1
        else:
            _write_file(path, files[rel])
            counts.written += 1
    _write_file(staging / MANIFEST, _manifest_bytes(files))
    return counts


def _same(path: Path, data: bytes) -> bool:
    """True when ``path`` is a plain file (not a link) holding exactly ``data``."""
    return path.is_file() and not path.is_symlink() and path.read_bytes() == data


def _kept_entries(old: Path, previous: set[str]) -> Iterator[str]:
    """docs-relative paths of the files, links and empty folders the generator did not write."""
    for folder, dirs, names in os.walk(old):
        here = Path(folder)
        rel_dir = "" if here == old else here.relative_to(old).as_posix() + "/"
        dirs.sort()
        if rel_dir and not dirs and not names:
            yield rel_dir.rstrip("/")
        # os.walk does not follow links to folders; they are carried across as links.
        for name in sorted(names) + [d for d in dirs if (here / d).is_symlink()]:
            rel = rel_dir + name
            if rel not in previous and rel != MANIFEST:
                yield rel


def _carry(source: Path, dest: Path) -> None:
    """Bring a kept entry across: a hard link where possible, else a copy; links stay links."""
    _make_parents(source, dest)
    if source.is_symlink():
        dest.symlink_to(source.readlink())
    elif source.is_dir():
        dest.mkdir()
        shutil.copystat(source, dest)
    elif source.is_file():
        try:
            os.link(source, dest, follow_symlinks=False)
        except OSError:
            shutil.copy2(source, dest)
    else:
        raise BuildError(
            "not a regular file, folder or link", path=source, hint="remove it from the output folder"
        )


def _make_parents(source: Path, dest: Path) -> None:
    """Create ``dest``'s missing parent folders with the permissions of ``source``'s."""
    missing = []
    src, dst = source.parent, dest.parent
    while not dst.exists():
        missing.append((src, dst))
        src, dst = src.parent, dst.parent
    for src, dst in reversed(missing):
        dst.mkdir()
        shutil.copystat(src, dst)


def _write_file(path: Path, data: bytes) -> None:
    """Create a new file (never writing through an existing file or link)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as handle:
        handle.write(data)


def _make_sibling(target: Path, kind: str) -> Path:
    """A new empty folder beside ``target``, with the default permissions."""
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    path = parent / f".{target.name}.{kind}-{secrets.token_hex(4)}"
    try:
        path.mkdir()
    except OSError as err:
        raise BuildError(
            f"cannot create a temporary folder beside the output folder: {err.strerror}",
            path=parent,
            hint="the folder holding docs/ must be writable",
        ) from None
    return path


def _swap(staging: Path, target: Path, late: _LateFiles | None) -> None:
    """Put ``staging`` in ``target``'s place; ``target`` is never left half-written.

    ``late`` finds files saved into the old tree while this build ran: they are moved into
    the new one before the old tree is removed.
    """
    if not target.exists() or late is None:
        staging.rename(target)
        return
    if _exchange(staging, target):
        late.rescue(staging, target)
        return
    # Without an atomic exchange: two renames, undone if the second fails.
    backup = target.parent / f".{target.name}.{_OLD}-{secrets.token_hex(4)}"
    target.rename(backup)
    try:
        staging.rename(target)
    except BaseException:
        backup.rename(target)
        raise
    late.rescue(backup, target)


class _LateFiles:
    """The hand-written files of the old tree as the build saw them, to spot ones saved since."""

    def __init__(self, old: Path, previous: set[str], files: Mapping[str, bytes]) -> None:
        self.previous, self.files = previous, set(files)
        self.seen = {rel: _identity(old / rel) for rel in _kept_entries(old, previous)}

    def rescue(self, old: Path, new: Path) -> None:
        """Move files that appeared or changed in ``old`` into ``new``, then remove ``old``."""
        stranded = []
        for rel in _kept_entries(old, self.previous):
            source = old / rel
            if self.seen.get(rel) == _identity(source) or (source.is_dir() and not source.is_symlink()):
                continue  # carried across by the fill, or an empty folder
            if rel in self.files:
                stranded.append(rel)  # the name of a page just generated: overwrite neither
                continue
            dest = new / rel
            _make_parents(source, dest)
            source.replace(dest)
        if stranded:
            kept = new.parent / f".{new.name}.kept-{secrets.token_hex(4)}"
            old.rename(kept)
            warn(
                f"{kept}: {len(stranded)} file(s) saved into {new.name}/ during the build, such as "
                f"{stranded[0]}, have the name of a generated file; the old folder is kept here"
            )
            return
        shutil.rmtree(old, ignore_errors=True)


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Inode, size and modification time of an entry (not following links), or None."""
    try:
        info = path.lstat()
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _remove_stale(target: Path) -> None:
    """Remove the temporary folders that interrupted builds left beside ``target``.

    Only folders named as this module names them (``.docs.new-`` and 8 hex digits); never
    a link, and never the ``.docs.old-`` backup of the old tree (see ``_check_interrupted``).
    """
    pattern = re.compile(re.escape(f".{target.name}.{_NEW}-") + "[0-9a-f]{8}")
    if not target.parent.is_dir():
        return
    for path in target.parent.iterdir():
        if pattern.fullmatch(path.name) and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux ``renameat2``); False when that is unsupported."""
    if sys.platform != "linux":
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _check_interrupted(target: Path) -> None:
    """A build killed between the two renames leaves docs/ renamed aside: say how to restore it."""
    if target.exists() or not target.parent.is_dir():
        return
    backups = sorted(target.parent.glob(f".{target.name}.{_OLD}-*"))
    if backups:
        raise BuildError(
            "the output folder is missing, and an earlier build left it renamed aside",
            path=backups[0],
            hint=f"rename it back to '{target.name}' and build again",
        )


def _read_manifest(root: Path) -> set[str]:
    """Paths the previous build wrote (empty when there was none)."""
    path = root / MANIFEST
    if not path.exists():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = {str(p) for p in data["files"]}
        guard = SafePaths(root)
        for rel in files:
            guard.path(rel)
        return files
    except (ValueError, KeyError, TypeError, BuildError):
        raise BuildError(
            "the manifest of generated files is damaged",
            path=path,
            hint="restore it from git, or delete it and remove stale pages by hand",
        ) from None


def _manifest_bytes(files: Mapping[str, bytes]) -> bytes:
    """The manifest for this build."""
    return (json.dumps({"files": sorted(files)}, indent=1) + "\n").encode("utf-8")

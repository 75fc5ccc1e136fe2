"""Writing the generated files into ``docs/`` without losing anything.

Everything is rendered in memory first, so a failure before this point leaves ``docs/``
untouched. Files are written to a temporary name and renamed into place. A manifest
(``docs/.generator-manifest.json``) lists what the generator wrote; only files on the
previous manifest are ever deleted, so hand-written pages survive every build.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from generator.errors import BuildError

MANIFEST = ".generator-manifest.json"


def safe_path(root: Path, relative: str) -> Path:
    """``root / relative``, refusing anything that would land outside ``root``."""
    rel = PurePosixPath(relative)
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        raise BuildError(f"refusing to write outside the output folder: {relative!r}")
    path = root.joinpath(*rel.parts)
    if not path.resolve().is_relative_to(root.resolve()):
        raise BuildError(f"refusing to write outside the output folder: {relative!r}")
    return path


def write_tree(root: Path, files: Mapping[str, bytes]) -> tuple[int, int, int]:
    """Make ``root`` hold ``files``; returns (written, unchanged, deleted) counts."""
    root.mkdir(parents=True, exist_ok=True)
    targets = {rel: safe_path(root, rel) for rel in files}
    previous = _read_manifest(root)
    written = unchanged = 0
    for rel in sorted(files):
        path = targets[rel]
        if path.is_file() and path.read_bytes() == files[rel]:
            unchanged += 1
            continue
        _atomic_write(path, files[rel])
        written += 1
    deleted = 0
    for rel in sorted(previous - set(files)):
        path = safe_path(root, rel)
        if path.is_file():
            path.unlink()
            deleted += 1
            _prune_empty_dirs(path.parent, root)
    _atomic_write(root / MANIFEST, _manifest_bytes(files))
    return written, unchanged, deleted


def _read_manifest(root: Path) -> set[str]:
    """Paths the previous build wrote (empty when there was none)."""
    path = root / MANIFEST
    if not path.exists():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(p) for p in data["files"]}
    except (ValueError, KeyError, TypeError):
        raise BuildError(
            "the manifest of generated files is damaged",
            path=path,
            hint="restore it from git, or delete it and remove stale pages by hand",
        ) from None


def _manifest_bytes(files: Mapping[str, bytes]) -> bytes:
    """The manifest for this build."""
    return (json.dumps({"files": sorted(files)}, indent=1) + "\n").encode("utf-8")


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _prune_empty_dirs(folder: Path, root: Path) -> None:
    """Remove folders the deletions left empty, up to (not including) ``root``."""
    while folder != root and folder.is_relative_to(root) and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent

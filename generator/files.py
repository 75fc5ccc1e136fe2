"""Writing files so that a killed build never leaves one half-written."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        # mkstemp makes the file private (0600): give it the mode the file had, or the usual one.
        umask = os.umask(0)
        os.umask(umask)
        mode = path.stat().st_mode & 0o777 if path.is_file() else 0o666 & ~umask
        Path(tmp).chmod(mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def folder_key(folder: Path) -> str:
    """A short, stable name for an output folder, for the records kept about it in the cache."""
    return hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]

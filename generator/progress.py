"""Progress of a long build on a terminal; silent in CI logs, in pipes and when asked."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

#: Environment variables that CI services set; their logs are not terminals to redraw.
_CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD")
#: Redraw at most this often (seconds): a terminal write per page would slow a big build.
_INTERVAL = 0.1


def wanted(stream: TextIO, quiet: bool = False) -> bool:
    """True when progress should be shown on ``stream``: a terminal, not CI, not quiet."""
    if quiet or any(os.environ.get(name) for name in _CI_VARIABLES):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """One redrawn status line ("analysed 12/40 articles"); does nothing when disabled."""

    def __init__(self, enabled: bool, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self._last = 0.0
        self._shown = False

    @classmethod
    def for_terminal(cls, quiet: bool = False) -> Progress:
        """Progress on stderr if :func:`wanted` says so."""
        return cls(wanted(sys.stderr, quiet), sys.stderr)

    def update(self, verb: str, done: int, total: int, unit: str) -> None:
        """Show "<verb> done/total unit", throttled; the final count is always shown."""
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < _INTERVAL:
            return
        self._last = now
        self.stream.write(f"\r\x1b[K{verb} {done}/{total} {unit}")
        self.stream.flush()
        self._shown = True

    def note(self, status: str) -> None:
        """Show a status without a count ("writing 3,400 files")."""
        if self.enabled:
            self.stream.write(f"\r\x1b[K{status}…")
            self.stream.flush()
            self._shown = True

    def end(self) -> None:
        """Finish the status line, so later output starts on a fresh line."""
        if self.enabled and self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


#: A disabled instance, for library callers that want no output.
SILENT = Progress(False)

"""Serving a built site on 127.0.0.1 and launching Chromium: shared by screenshots and tests."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: Debian's Chromium; without it, Playwright's own browser is used.
CHROMIUM = Path("/usr/bin/chromium")
#: Flags for a sandboxed, offline machine: no background traffic to outside hosts.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not log every request, and serves as a static host does.

    Keep-alive (HTTP/1.1) and no Nagle delay, as nginx's defaults and GitHub Pages (HTTP/2)
    give: with Python's default, a new connection per request (HTTP/1.0), each fetch of an
    index chunk or a result fragment took 6-16 ms on this machine; with keep-alive alone, the
    body waited for the headers' delayed acknowledgement (about 40 ms).
    """

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        """Say nothing."""


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 with an ephemeral port; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def launch(playwright: Any) -> Any:
    """Chromium: Debian's when installed, else Playwright's."""
    if CHROMIUM.exists():
        return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    return playwright.chromium.launch()

"""Build progress: shown on a terminal, silent in pipes, in CI and with --quiet."""

from __future__ import annotations

import io

import pytest

from generator.progress import Progress, wanted


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _not_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD"):
        monkeypatch.delenv(name, raising=False)


def test_shown_on_a_terminal() -> None:
    out = _Terminal()
    progress = Progress(wanted(out), out)
    progress.update("analysed", 3, 3, "articles")
    assert "analysed 3/3 articles" in out.getvalue()


def test_silent_in_a_pipe_when_quiet_and_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not wanted(io.StringIO())
    assert not wanted(_Terminal(), quiet=True)
    monkeypatch.setenv("CI", "true")
    assert not wanted(_Terminal())


def test_a_disabled_progress_writes_nothing() -> None:
    out = _Terminal()
    progress = Progress(False, out)
    progress.update("analysed", 1, 2, "articles")
    progress.note("writing")
    progress.end()
    assert out.getvalue() == ""

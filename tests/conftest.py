"""Shared fixtures. Tests never read ../shared: it does not exist on a user's machine."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_f735f376e7293dd6.txt"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from generator.analyse import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


def run_cli(*args: str, cwd: Path | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator`` in a subprocess, as a user would (``extra``: environment)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1", **extra)
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd or ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def mkdocs_build(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator site`` in a project folder holding mkdocs.yml and docs/, as ``make site``.

    That is MkDocs' strict build and then Pagefind's index; ``env`` adds environment variables.
    """
    # A site at the root of its host, so the 404 page's absolute links map onto files.
    return run_cli("site", "--quiet", cwd=project, **({"SITE_URL": "https://example.test/"} | env))


def make_project(tmp: Path, seeds: Path | None = None) -> Path:
    """A throw-away copy of the project's site config, templates and seeds."""
    project = tmp / "project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(seeds or SEEDS, project / "seeds")
    return project


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article's site, generated and built as ``make site`` builds it (MkDocs, Pagefind)."""
    project = make_project(tmp_path_factory.mktemp("seed-site"))
    result = run_cli("build", "--seeds", str(project / "seeds"), "--docs", str(project / "docs"))
    assert result.returncode == 0, result.stderr
    built = mkdocs_build(project)
    assert built.returncode == 0, built.stderr
    return project

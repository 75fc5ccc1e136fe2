"""The GitHub workflows are valid, do what the README says, and build what CI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _load(name: str) -> dict:  # type: ignore[type-arg]
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data  # type: ignore[no-any-return]


def _steps(job: dict) -> list[str]:  # type: ignore[type-arg]
    return [str(step.get("uses") or step.get("run")) for step in job["steps"]]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_the_github_schema(path: Path) -> None:
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pull_requests_run_the_tests_and_a_strict_build() -> None:
    data = _load("test.yml")
    assert "pull_request" in data["on"]
    steps = _steps(data["jobs"]["test"])
    assert "make test" in steps and "make site" in steps
    assert any(s.startswith("actions/setup-python") for s in steps)
    setup = next(
        s for s in data["jobs"]["test"]["steps"] if str(s.get("uses", "")).startswith("actions/setup")
    )
    assert setup["with"]["cache"] == "pip"


def test_pushes_to_main_deploy_to_pages() -> None:
    data = _load("pages.yml")
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    steps = _steps(build)
    assert "make site" in steps
    upload = next(
        s for s in build["steps"] if str(s.get("uses", "")).startswith("actions/upload-pages-artifact")
    )
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert any(s.startswith("actions/deploy-pages") for s in _steps(deploy))


def test_pages_restores_the_analyses_of_the_same_analysis_version() -> None:
    steps = _load("pages.yml")["jobs"]["build"]["steps"]
    names = _steps({"steps": steps})
    cache = next(s for s in steps if str(s.get("uses", "")).startswith("actions/cache@"))
    assert names.index(str(cache["uses"])) < names.index("make site"), "restored after the build"
    assert cache["with"]["path"] == ".cache/analysis"
    version = "${{ hashFiles('generator/**', 'requirements.txt') }}"
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"].strip().splitlines()
    # A key unique to the run, so each run saves what it analysed; restored by version only.
    assert key.startswith(f"analysis-{version}-") and "github.run_id" in key
    assert restore == [f"analysis-{version}-"]


def test_readme_says_what_to_click_once() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Publishing" in readme
    assert "Source: GitHub Actions" in readme
    assert "site_url" in readme and "site_url" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")

"""The README and the code must tell the same story."""

from __future__ import annotations

import re

import pytest

from generator import cli
from generator.model import ArticleMeta
from generator.read import register
from generator.site.values import SITE_NAME
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _options() -> list[str]:
    found = []
    parser = cli._parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():  # type: ignore[union-attr]
            found.append(name)
            found += [
                s for a in sub._actions for s in a.option_strings if s.startswith("--") and s != "--help"
            ]
    return found


@pytest.mark.parametrize("option", _options())
def test_every_cli_option_is_in_the_readme(option: str) -> None:
    assert option in README


@pytest.mark.parametrize("target", re.findall(r"^([a-z]+):.*##", MAKEFILE, flags=re.M))
def test_every_documented_make_target_is_in_the_readme(target: str) -> None:
    assert f"make {target}" in README


@pytest.mark.parametrize("key", sorted(register._KEYS))
def test_every_register_key_is_documented(key: str) -> None:
    assert f"{key}:" in README
    assert f"{key}:" in (register.__doc__ or "")


@pytest.mark.parametrize("key", sorted(ArticleMeta.__dataclass_fields__))
def test_every_metadata_key_is_documented(key: str) -> None:
    assert f"{key}:" in README or f"`{key}:`" in README


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in README and "make site" in README


def test_the_site_name_is_the_one_in_mkdocs_yml() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.findall(r"^site_name: (.+)$", config, re.MULTILINE) == [SITE_NAME]


def _readme_tree() -> list[str]:
    """The package folders drawn in the README's "How it works" layout block."""
    block = README.split("## How it works", 1)[1].split("```", 2)[1]
    return [m.group(1) for m in re.finditer(r"^ {2,4}(\w+)/", block, re.MULTILINE)]


def _packages() -> list[str]:
    """Every folder of generator/ (and of its stage packages) that holds Python modules or data."""
    root = ROOT / "generator"
    found = []
    for folder in sorted(p for p in root.rglob("*") if p.is_dir() and p.name != "__pycache__"):
        if any(folder.glob("*.py")) or folder.name == "data":
            found.append(folder.name)
    return found


@pytest.mark.parametrize("package", _packages())
def test_every_package_is_in_the_readme_layout(package: str) -> None:
    assert package in _readme_tree()


@pytest.mark.parametrize("package", _readme_tree())
def test_the_readme_layout_names_only_real_packages(package: str) -> None:
    assert package in _packages()

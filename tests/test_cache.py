"""The analysis cache: reused when nothing changed, never when text, code or version did."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import generator
from generator import build
from generator.analyse import analyse_all, analyse_text, cache
from generator.analyse import pipeline as analyse
from generator.model import Article

TEXTS = {
    "a": "Joe Biden said the plan would work.\n“It will,” he said in Washington.\n",
    "b": "Angela Merkel spoke in Berlin. She said the talks had failed.\n",
    "c": "Emmanuel Macron met Olaf Scholz in Paris on Friday.\n",
}


@pytest.fixture(autouse=True)
def _fresh_environment() -> Iterator[None]:
    """Cache keys are memoised per process; tests that change the version must not leak."""
    cache.environment_id.cache_clear()
    yield
    cache.environment_id.cache_clear()


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text handed to spaCy, in order (a spy on the one place that parses)."""
    seen: list[str] = []
    real = analyse.parse

    def spy(texts: Sequence[str], *args: Any, **kwargs: Any) -> Any:
        seen.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(analyse, "parse", spy)
    return seen


def _seeds(tmp_path: Path, texts: dict[str, str] = TEXTS) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    for name, text in texts.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    return seeds


def _gather(seeds: Path, folder: Path) -> Any:
    return build.gather(seeds, cache=folder, processes=1)


def test_round_trip_of_the_seed_analysis_is_exact(seed_text: str, nlp: Any) -> None:
    analysis = analyse_text("seed", seed_text, nlp)
    assert analysis.mentions and analysis.claims
    back = cache.from_json(json.loads(json.dumps(cache.to_json(analysis))))
    assert replace(back, article="seed") == analysis


def test_rebuild_with_nothing_changed_parses_nothing(tmp_path: Path, parsed: list[str]) -> None:
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    first = _gather(seeds, folder)
    assert sorted(parsed) == sorted(TEXTS.values())
    parsed.clear()
    second = _gather(seeds, folder)
    assert parsed == []
    assert second == first


def test_a_changed_article_is_the_only_one_parsed_again(tmp_path: Path, parsed: list[str]) -> None:
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    _gather(seeds, folder)
    parsed.clear()
    changed = TEXTS["b"].replace("Berlin", "Munich")
    (seeds / "b.txt").write_text(changed, encoding="utf-8")
    graph = _gather(seeds, folder)
    assert parsed == [changed]
    assert "Munich" in {e.name for e in graph.entities}


@pytest.mark.parametrize("what", ["generator version", "analysis code", "model"])
def test_a_cache_from_another_version_is_not_used(
    tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    _gather(seeds, folder)
    parsed.clear()
    if what == "generator version":
        monkeypatch.setattr(generator, "__version__", "999.0")
    elif what == "analysis code":
        monkeypatch.setattr(cache, "analysis_code_hash", lambda: "edited claims.py")
    else:
        monkeypatch.setattr("generator.analyse.nlp.model_id", lambda: "en_core_web_sm-9.9.9")
    cache.environment_id.cache_clear()
    _gather(seeds, folder)
    assert sorted(parsed) == sorted(TEXTS.values())


def test_editing_an_analysis_module_changes_the_code_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every module of the analyse stage (claims/, entities/, lexicon/ ...) is reached through the
    # package's imports, not listed by hand; nothing of the later stages is.
    found = cache._imported_modules(cache.PACKAGE / "analyse" / "__init__.py")
    modules = {p.relative_to(cache.PACKAGE).as_posix() for p in found}
    stage = {p.relative_to(cache.PACKAGE).as_posix() for p in (cache.PACKAGE / "analyse").rglob("*.py")}
    assert {"analyse/claims/sieves.py", "analyse/entities/epithets.py", "model.py"} <= modules
    assert stage <= modules
    assert not {m for m in modules if m.startswith(("site/", "resolve/", "write/"))}


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"{ not json",
        lambda data: b"",
        lambda data: data[: len(data) // 2],
        lambda data: json.dumps({**json.loads(data), "key": "0" * 64}).encode(),
        lambda data: json.dumps({**json.loads(data), "schema": cache.SCHEMA + 1}).encode(),
        lambda data: json.dumps({**json.loads(data), "analysis": {"mentions": 3}}).encode(),
    ],
    ids=["garbage", "empty", "truncated", "other-key", "other-schema", "wrong-shape"],
)
def test_a_damaged_or_foreign_entry_is_analysed_again(tmp_path: Path, parsed: list[str], damage: Any) -> None:
    seeds, folder = _seeds(tmp_path, {"a": TEXTS["a"]}), tmp_path / "cache"
    first = _gather(seeds, folder)
    (entry,) = folder.glob("*.json")
    entry.write_bytes(damage(entry.read_bytes()))
    parsed.clear()
    assert _gather(seeds, folder) == first
    assert parsed == [TEXTS["a"]]


def test_an_entry_for_another_text_is_never_read_as_this_one(tmp_path: Path, parsed: list[str]) -> None:
    seeds, folder = _seeds(tmp_path), tmp_path / "cache"
    first = _gather(seeds, folder)
    key_a, key_b = (cache.key(TEXTS[n]) for n in "ab")
    (folder / f"{key_a}.json").write_bytes((folder / f"{key_b}.json").read_bytes())
    parsed.clear()
    assert _gather(seeds, folder) == first
    assert parsed == [TEXTS["a"]]


def test_same_text_under_two_names_is_parsed_once(nlp: Any, parsed: list[str]) -> None:
    articles = [Article(n, f"{n}.txt", TEXTS["c"], n) for n in ("x", "y")]
    x, y = analyse_all(articles, nlp, processes=1)
    assert (x.article, y.article) == ("x", "y")
    assert replace(x, article="y") == y
    assert parsed == [TEXTS["c"]]


def test_parallel_parsing_gives_the_same_analyses(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyse, "PARALLEL_MIN", 2)
    articles = [Article(n, f"{n}.txt", t, n) for n, t in TEXTS.items()]
    assert analyse_all(articles, nlp, processes=2) == analyse_all(articles, nlp, processes=1)


def test_unchanged_build_skips_rendering_until_an_output_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, docs, folder = _seeds(tmp_path, {"a": TEXTS["a"]}), tmp_path / "docs", tmp_path / "cache"
    renders: list[int] = []
    real = build.render_site
    monkeypatch.setattr(build, "render_site", lambda *a, **k: renders.append(1) or real(*a, **k))
    first = build.build(seeds, docs, cache=folder)
    assert first.written > 0 and renders == [1]
    second = build.build(seeds, docs, cache=folder)
    assert (second.written, second.unchanged, renders) == (0, first.written, [1])
    page = docs / "articles" / "a.md"
    original = page.read_bytes()
    page.write_text("edited by hand\n", encoding="utf-8")
    third = build.build(seeds, docs, cache=folder)
    assert renders == [1, 1] and third.written == 1
    assert page.read_bytes() == original


def test_no_cache_writes_nothing_and_parses_everything(tmp_path: Path, parsed: list[str]) -> None:
    seeds = _seeds(tmp_path)
    for _ in range(2):
        build.gather(seeds, cache=None, processes=1)
    assert len(parsed) == 2 * len(TEXTS)
    assert not (tmp_path / "cache").exists()


def test_an_unchanged_build_reads_no_article_and_reports_what_the_last_one_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds, docs, folder = (
        _seeds(tmp_path, {"a": TEXTS["a"], "b": TEXTS["b"]}),
        tmp_path / "docs",
        tmp_path / "cache",
    )
    (seeds / "entities.yml").write_text(
        "entities:\n  nobody-here:\n    name: Nobody Here\n", encoding="utf-8"
    )
    gathered: list[int] = []
    real = build.gather
    monkeypatch.setattr(build, "gather", lambda *a, **k: gathered.append(1) or real(*a, **k))
    first = build.build(seeds, docs, cache=folder)
    second = build.build(seeds, docs, cache=folder)
    assert gathered == [1] and second.graph is None
    assert second.summary == first.summary
    assert first.summary.articles == 2 and first.summary.unused, first.summary
    (seeds / "b.txt").write_text(TEXTS["b"] + "\n\nOne more line.\n", encoding="utf-8")
    third = build.build(seeds, docs, cache=folder)
    assert gathered == [1, 1] and third.graph is not None

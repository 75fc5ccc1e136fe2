"""Shared fixtures. Tests never read ../shared: it does not exist on a user's machine."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from generator.analyse import cache
from generator.model import Analysis, Article, ClaimFound, Graph, MentionFound, Paragraph, Sentence, Span
from generator.read import glossary, questions, register
from generator.read import redirects as seeds_redirects
from generator.read.articles import read_articles
from generator.read.register import EMPTY, Register
from generator.resolve import addresses, redirects, resolve
from generator.resolve.pins import pins_from
from generator.resolve.redirects import Redirect
from generator.site.output import render_site
from generator.site.pages import all_pages
from generator.site.render import environment, render_pages
from generator.site.values import SiteValues
from generator.write.published import render_published

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_f735f376e7293dd6.txt"
GOLDEN = ROOT / "tests" / "golden"
#: The golden cases (see tests/test_golden.py): folders holding seeds/ and analysis/.
GOLDEN_CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "seeds").is_dir())


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


def mkdocs_build(project: Path, *, strict: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
    """The site of a project folder holding mkdocs.yml and docs/, built as ``make site`` does.

    That is ``python -m generator site``: MkDocs' strict build, then Pagefind's index; ``env``
    adds environment variables. ``strict=False`` runs a plain ``mkdocs build --no-strict``
    instead, for inputs that are meant to leave a warning.
    """
    # A site at the root of its host, so the 404 page's absolute links map onto files.
    variables = {"SITE_URL": "https://example.test/"} | env
    if strict:
        return run_cli("site", "--quiet", cwd=project, **variables)
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run(
        [str(mkdocs), "build", "--no-strict", "--quiet"],
        cwd=project,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1", **variables),
        capture_output=True,
        text=True,
        check=False,
    )


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


def marked_article(
    article_id: str, lines: Sequence[str], kinds: Mapping[str, str] | None = None
) -> tuple[Article, Analysis]:
    """An article and a hand-made analysis from marked-up lines (no NLP involved).

    Each line is one paragraph of one sentence. ``[Name]`` is a mention (a person unless
    ``kinds`` says otherwise; one name is one cluster); ``{words}`` is a claim, direct when
    it stands inside quote marks, spoken by the line's first mention outside it, with its
    words of five letters or more as topics; the line's "said" is the cue.
    """
    texts: list[str] = []
    paragraphs, sentences, mentions, claims = [], [], [], []
    clusters: dict[str, int] = {}
    offset = 0
    for index, line in enumerate(lines):
        plain, found_mentions, found_claims = _unmark(line)
        texts.append(plain)
        span = Span(offset, offset + len(plain))
        paragraphs.append(Paragraph(index, span, f"p-{index}"))
        sentences.append(Sentence(index, index, span, f"s-{index}"))
        for name, (start, end) in found_mentions:
            cluster = clusters.setdefault(name, len(clusters))
            kind = (kinds or {}).get(name, "person")
            mentions.append(MentionFound(Span(offset + start, offset + end), kind, name, "name", cluster))  # type: ignore[arg-type]
        for start, end in found_claims:
            outside = [(n, s) for n, s in found_mentions if not start <= s[0] < end]
            cue = plain.find("said")
            claims.append(
                ClaimFound(
                    Span(offset + start, offset + end),
                    "direct" if start > 0 and plain[start - 1] in '“"' else "indirect",
                    index,
                    cue=Span(offset + cue, offset + cue + 4) if cue >= 0 else None,
                    speaker=Span(offset + outside[0][1][0], offset + outside[0][1][1]) if outside else None,
                    speaker_cluster=clusters[outside[0][0]] if outside else None,
                    topics=tuple(dict.fromkeys(re.findall(r"\b[a-z]{5,}\b", plain[start:end]))),
                )
            )
        offset += len(plain) + 1
    text = "\n".join(texts) + "\n"
    article = Article(article_id, f"seeds/{article_id}.txt", text, texts[0])
    return article, Analysis(article_id, tuple(paragraphs), tuple(sentences), tuple(mentions), tuple(claims))


def _unmark(line: str) -> tuple[str, list[tuple[str, tuple[int, int]]], list[tuple[int, int]]]:
    """The plain text of a marked line, its mentions (name, span) and claim spans."""
    out: list[str] = []
    opened: list[tuple[str, int]] = []
    mentions: list[tuple[str, tuple[int, int]]] = []
    claims: list[tuple[int, int]] = []
    for char in line:
        here = len("".join(out))
        if char in "[{":
            opened.append((char, here))
        elif char in "]}":
            kind, start = opened.pop()
            if kind == "[":
                mentions.append(("".join(out)[start:here], (start, here)))
            else:
                claims.append((start, here))
        else:
            out.append(char)
    return "".join(out), mentions, claims


def marked_graph(
    articles: Mapping[str, Sequence[str]],
    kinds: Mapping[str, str] | None = None,
    reg: Register = EMPTY,
) -> Graph:
    """The resolved graph of marked-up articles (see ``marked_article``), in the given order."""
    pairs = [marked_article(article_id, lines, kinds) for article_id, lines in articles.items()]
    return resolve([a for a, _ in pairs], [b for _, b in pairs], reg)


def rendered(
    graph: Graph, site: SiteValues | None = None, redirects: Sequence[Redirect] = ()
) -> dict[str, str]:
    """docs path -> Markdown of every page the site stage writes for ``graph``."""
    return render_pages(all_pages(graph, site or SiteValues(), redirects))


def page_lines(page: str, start: str) -> list[str]:
    """The lines of ``page`` from the first line starting with ``start`` to the next blank line."""
    lines = page.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    end = lines.index("", first)
    return lines[first:end]


def render_case(folder: Path) -> dict[str, bytes]:
    """Every file of one case's output (the case's folder): ``docs/...`` and the published list."""
    seeds = folder / "seeds"
    articles = read_articles(seeds, root=folder)
    analyses = [
        dataclasses.replace(
            cache.from_json(json.loads((folder / "analysis" / f"{a.id}.json").read_text(encoding="utf-8"))),
            article=a.id,
        )
        for a in articles
    ]
    reg = register.load(seeds / "entities.yml")
    previous_path = folder / "previous.json"
    previous = json.loads(previous_path.read_text(encoding="utf-8")) if previous_path.exists() else None
    graph = resolve(articles, analyses, reg, pins_from(previous))
    moves = redirects.plan(
        graph,
        reg,
        previous,
        seeds_redirects.read_published(seeds),
        seeds_redirects.manual_redirects(seeds),
    )
    site = SiteValues(
        site_name="Golden explainer",
        site_url="https://example.test/golden/",
        model="test_model-0.0",
        register_entries=len(reg.entries),
        glossary=glossary.load(seeds / "glossary.yml"),
        questions=questions.load(seeds / "questions.yml"),
    )
    files = {
        f"docs/{path}": data
        for path, data in render_site(graph, site, moves).items()
        if not path.startswith("assets/")
    }
    files["published-urls.yml"] = render_published(addresses.live_urls(graph), moves).encode("utf-8")
    return files


def front_matter(**values: object) -> str:
    """The front matter ``templates/partials/front_matter.md.j2`` writes for ``values``."""
    template = '{% set front = values %}{% include "partials/front_matter.md.j2" %}'
    return environment().from_string(template).render(values=values)

"""The analysis of articles: spaCy parses (in parallel when it pays), then segments, entities, claims."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.analyse import claims, entities, segment
from generator.analyse.bound import bounded
from generator.analyse.cache import AnalysisCache
from generator.model import Analysis, Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Parse in several processes only from this many texts: each worker loads the model
#: (about a second), which a handful of articles does not repay.
PARALLEL_MIN = 16
#: Texts per batch sent to a worker. spaCy's default (1000) gives one batch to one worker
#: and no gain; 16 nearly doubled throughput on 2 cores (see benchmarks/README.md).
PARALLEL_BATCH = 16
#: At most this many workers: each holds a model in memory.
MAX_PROCESSES = 8

#: Called with (articles analysed so far, total).
OnProgress = Callable[[int, int], None]


def analyse_text(article_id: str, text: str, nlp: Language | None = None) -> Analysis:
    """Analyse one text (convenience for tests and evaluation)."""
    if nlp is None:
        from generator.analyse import nlp as nlp_module

        nlp = nlp_module.load()
    return analyse_doc(article_id, text, nlp(bounded(text)))


def analyse_doc(article_id: str, text: str, doc: Doc) -> Analysis:
    """Sentences, entity mentions and claims of one parsed article."""
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    mentions = entities.find_mentions(text, doc, paras, sents)
    found = claims.find_claims(text, doc, paras, sents, mentions)
    return Analysis(
        article=article_id,
        paragraphs=paras,
        sentences=sents,
        mentions=mentions,
        claims=found,
    )


def analyse_all(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    cache: AnalysisCache | None = None,
    processes: int | None = None,
    on_progress: OnProgress | None = None,
) -> tuple[Analysis, ...]:
    """Analyse articles, in order; only texts the cache lacks are parsed, each text once."""
    items = list(articles)
    store = cache or AnalysisCache(None)
    results: list[Analysis | None] = [store.get(a.id, a.text) for a in items]
    waiting: dict[str, list[int]] = {}
    for i, found in enumerate(results):
        if found is None:
            waiting.setdefault(items[i].text, []).append(i)
    done = len(items) - sum(len(v) for v in waiting.values())
    report = on_progress or (lambda _done, _total: None)
    report(done, len(items))
    if waiting:
        texts = list(waiting)
        for text, doc in zip(texts, parse(texts, nlp, processes), strict=True):
            analysis = analyse_doc("", text, doc)
            store.put(text, analysis)
            for i in waiting[text]:
                results[i] = replace(analysis, article=items[i].id)
            done += len(waiting[text])
            report(done, len(items))
    return tuple(r for r in results if r is not None)


def parse(texts: Sequence[str], nlp: Language | None = None, processes: int | None = None) -> Iterator[Doc]:
    """SpaCy Docs of ``texts`` (bounded: same offsets, see ``bound``), in order; in parallel if many."""
    if nlp is None:
        from generator.analyse import nlp as nlp_module

        nlp = nlp_module.load()
    n = default_processes() if processes is None else processes
    safe = (bounded(text) for text in texts)
    if n > 1 and len(texts) >= PARALLEL_MIN:
        return iter(nlp.pipe(safe, n_process=n, batch_size=PARALLEL_BATCH))
    return iter(nlp.pipe(safe))


def default_processes() -> int:
    """Worker processes for parsing: the cores this process may use, at most ``MAX_PROCESSES``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_PROCESSES))

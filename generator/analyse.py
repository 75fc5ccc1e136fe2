"""The NLP stage: one article's text in, an ``Analysis`` out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from generator import claims, entities, segment
from generator.model import Analysis, Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def analyse_text(article_id: str, text: str, nlp: Language | None = None) -> Analysis:
    """Analyse one text (convenience for tests and evaluation)."""
    if nlp is None:
        from generator import nlp as nlp_module

        nlp = nlp_module.load()
    return analyse_doc(article_id, text, nlp(text))


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


def analyse_all(articles: Iterable[Article], nlp: Language) -> Iterator[Analysis]:
    """Analyse articles in order, streaming them through spaCy."""
    items = list(articles)
    docs = nlp.pipe(a.text for a in items)
    for article, doc in zip(items, docs, strict=True):
        yield analyse_doc(article.id, article.text, doc)

"""English common words by part of speech: the lemma index of spaCy's English lemmatizer.

The index (from WordNet, shipped in the English pipeline's lemmatizer lookups) lists the
lower-case lemmas of nouns, verbs, adjectives and adverbs. A capitalised word before a name
that is one of them, and never a given name, is a word of the sentence ("Billionaire",
"Certainly", "Telling"), not of the name.
"""

from __future__ import annotations

import functools
from typing import Any

from generator.analyse.lexicon import gazetteer
from generator.analyse.lexicon.text import fold

#: The parts of speech the index holds.
_POS = ("noun", "verb", "adj", "adv")


@functools.cache
def _index(pos: tuple[str, ...] = _POS) -> frozenset[str]:
    """Every lemma of the lemmatizer's index, of the given parts of speech (all by default)."""
    from generator.analyse import nlp

    lemmatizer: Any = nlp.load().get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index", {})
    return frozenset(word for part in pos for word in table.get(part, ()))


def common_word(word: str, lemma: str = "") -> bool:
    """True for a word (or its lemma) that English uses in lower case, and never as a given name."""
    key = fold(word)
    return (key in _index() or fold(lemma) in _index()) and not gazetteer.ever_given(word)


def verb(word: str) -> bool:
    """True for a verb's lemma that is no given name in real use ("Trust"; not "Chase", "Pat").

    Rare given names that are verbs are still verbs before a name at a sentence start.
    """
    return fold(word) in _index(("verb",)) and not gazetteer.first_name(word)


def lower_case_word(word: str) -> bool:
    """True for a word of the index, given name or not ("Coal", "Exit")."""
    return fold(word) in _index()


def adjective(word: str) -> bool:
    """True for an adjective's lemma that is no given name ("Digital"; not "Frank")."""
    return fold(word) in _index(("adj",)) and not gazetteer.first_name(word)

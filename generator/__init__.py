"""Annotated news explainer: articles in, a cross-linked, footnoted static site out."""

#: The release; part of every cache key (see ``generator.cache``). Keep equal to pyproject.toml.
__version__ = "0.1.0"

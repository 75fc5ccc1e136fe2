"""Annotated news explainer: articles in, a cross-linked, footnoted static site out."""

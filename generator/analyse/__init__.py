"""Stage 2, analyse: takes each ``Article``'s text, parsed by spaCy.

Gives one cacheable ``Analysis`` per article: paragraphs, sentences, entity mentions and claims,
each with its character span.
"""

from generator.analyse.pipeline import analyse_all, analyse_doc, analyse_text

__all__ = ["analyse_all", "analyse_doc", "analyse_text"]

